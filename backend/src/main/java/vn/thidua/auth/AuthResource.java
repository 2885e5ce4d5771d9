package vn.thidua.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.AuditLog;
import vn.thidua.common.ProblemException;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    public static final String COOKIE = "thidua_token";

    public record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    public record LoginResponse(String accessToken, String tokenType, long expiresIn, UserDto user) {
    }

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityIdentity identity;

    @Inject
    UserService users;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "smallrye.jwt.new-token.lifespan")
    long lifespan;

    @ConfigProperty(name = "app.auth.cookie-secure")
    boolean secureCookie;

    @POST
    @Path("login")
    @PermitAll
    public Response login(@NotNull @Valid LoginRequest req, @Context HttpServerRequest http) {
        String username = req.username().trim().toLowerCase();
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        int failures;
        try {
            failures = throttle.check(username, address);
        } catch (ProblemException locked) {
            QuarkusTransaction.requiringNew().run(() -> audit.recordAs(username, "LOGIN_LOCKED", "user", null, null,
                    java.util.Map.of("address", address)));
            throw locked;
        }
        if (failures > 0) {
            slowDown(failures);
        }
        UserAccount u = QuarkusTransaction.requiringNew().call(() -> UserAccount.byUsername(username));
        boolean ok = Passwords.matches(req.password(), u == null ? Passwords.DUMMY_HASH : u.passwordHash);
        if (!ok || !u.active) {
            throttle.failed(username, address);
            QuarkusTransaction.requiringNew().run(() -> audit.recordAs(username, "LOGIN_FAILED", "user",
                    u == null ? null : u.id, null, java.util.Map.of("address", address)));
            throw ProblemException.of(401, "bad-credentials");
        }
        throttle.succeeded(username);
        String token = Jwt.issuer("thidua").subject(Long.toString(u.id)).upn(u.username)
                .groups(Set.of(u.role.name())).claim("orgUnitId", u.orgUnitId).expiresIn(lifespan).sign();
        UserDto dto = QuarkusTransaction.requiringNew().call(() -> {
            audit.recordAs(u.username, "LOGIN", "user", u.id, null, java.util.Map.of("address", address));
            return users.dto(u);
        });
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true).secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT).maxAge((int) lifespan).build();
        return Response.ok(new LoginResponse(token, "Bearer", lifespan, dto)).cookie(cookie).build();
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout(@Context HttpServerRequest http) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() != null) {
            String who = identity.getPrincipal().getName();
            QuarkusTransaction.requiringNew().run(() -> audit.recordAs(who, "LOGOUT", "user", null, null,
                    java.util.Map.of("address", http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress())));
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true).secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        return Response.noContent().cookie(cookie).build();
    }

    /** Each recent failure adds a quarter second, up to two: guessing gets slow before it gets refused. */
    private static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(2000L, 250L * failures));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
