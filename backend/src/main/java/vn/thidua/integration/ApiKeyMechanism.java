package vn.thidua.integration;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Recognises an API key ({@code X-Api-Key: tdk_…} or {@code Authorization: Bearer tdk_…}) ahead of the JWT
 * mechanism, so a key is never parsed as a token. It only carries the key into the request: {@link ApiKeyGate}
 * decides, with the database, whether the key is valid and what it may do, and answers with a problem when not.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {
    static final String KEY_ATTRIBUTE = "thidua.api-key";
    static final String HEADER = "X-Api-Key";

    static String keyOf(RoutingContext ctx) {
        String k = ctx.request().getHeader(HEADER);
        if (k != null) {
            return k.trim();
        }
        String auth = ctx.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String v = auth.substring(7).trim();
            if (ApiKeys.looksLikeKey(v)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identityProviderManager) {
        String key = keyOf(ctx);
        if (key == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-key"))
                .addAttribute(KEY_ATTRIBUTE, key)
                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return 2000; // before the JWT mechanism (1000)
    }
}
