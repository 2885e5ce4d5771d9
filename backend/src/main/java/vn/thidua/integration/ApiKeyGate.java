package vn.thidua.integration;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.thidua.auth.ApiClient;
import vn.thidua.auth.AuthAudit;
import vn.thidua.auth.CurrentUser;
import vn.thidua.common.ProblemException;
import vn.thidua.common.ProblemMappers;

/**
 * The one place that decides what an API key may do, before any resource runs: the key must exist, not be
 * revoked or expired (401), be used from an allowed address (403), only read (403 for anything but GET), only
 * the endpoints its scopes open (403), and stay under its rate (429 with Retry-After). Then the caller becomes
 * the client ({@link CurrentUser#actAsClient}), scoped like a user of its unit; the features' services decide
 * which records a client sees (sent reports, recognised nominations, movements, org units).
 */
public class ApiKeyGate {
    /** The endpoints keys may call, and the scopes that open each (any one of them). */
    static final List<Map.Entry<Pattern, Set<String>>> ENDPOINTS = List.of(
            Map.entry(Pattern.compile("/api/v1/reports(/\\d+(/export)?)?"), Set.of(Scope.REPORTS)),
            Map.entry(Pattern.compile("/api/v1/nominations(/\\d+)?"), Set.of(Scope.NOMINATIONS)),
            Map.entry(Pattern.compile("/api/v1/movements(/\\d+)?"), Set.of(Scope.MOVEMENTS)),
            Map.entry(Pattern.compile("/api/v1/org-units(/\\d+(/subtree)?)?"), Set.of(Scope.ORG_UNITS)),
            Map.entry(Pattern.compile("/api/v1/changes"), Set.of(Scope.REPORTS, Scope.NOMINATIONS, Scope.MOVEMENTS)));

    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentUser currentUser;
    @Inject
    IntegrationClientService clients;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    AuthAudit authAudit;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Response gate(ContainerRequestContext ctx, HttpHeaders headers, HttpServerRequest http) {
        String key = identity == null || identity.isAnonymous() ? null : identity.getAttribute(ApiKeyMechanism.KEY_ATTRIBUTE);
        if (key == null) {
            return null;
        }
        try {
            currentUser.actAsClient(admit(key, ctx.getMethod(), ctx.getUriInfo().getPath(),
                    http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress()));
            return null;
        } catch (ProblemException e) {
            if (e.status == 401) {
                authAudit.refused("API_KEY_REFUSED", http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress(),
                        ctx.getMethod(), ctx.getUriInfo().getPath(), e.code);
            }
            return ProblemMappers.build(headers, ctx.getUriInfo(), e);
        }
    }

    ApiClient admit(String key, String method, String path, String address) {
        IntegrationClientService.Resolved c = ApiKeys.looksLikeKey(key) ? clients.resolve(key) : null;
        Instant now = Instant.now();
        if (c == null) {
            throw ProblemException.of(401, "api-key-invalid");
        }
        if (c.revokedAt() != null) {
            throw ProblemException.of(401, "api-key-revoked");
        }
        if (!c.expiresAt().isAfter(now)) {
            throw ProblemException.of(401, "api-key-expired");
        }
        if (!AddressRules.allows(c.allowedAddresses(), address)) {
            throw ProblemException.of(403, "api-key-address", address);
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            throw ProblemException.of(403, "api-key-read-only");
        }
        Set<String> needed = needed(path);
        if (needed == null) {
            throw ProblemException.of(403, "api-key-endpoint");
        }
        if (needed.stream().noneMatch(c.scopes()::contains)) {
            throw ProblemException.of(403, "api-key-scope", String.join(" | ", needed));
        }
        long wait = rateLimiter.acquire(c.id(), c.rateLimit());
        if (wait > 0) {
            throw new ProblemException(429, "rate-limited", new Object[]{wait}, null, null,
                    Map.of("Retry-After", Long.toString(wait)));
        }
        clients.touch(c, now);
        long root = c.orgUnitId() != null ? c.orgUnitId() : clients.treeRoot();
        return new ApiClient(c.id(), c.name(), root, new HashSet<>(c.scopes()));
    }

    static Set<String> needed(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        for (Map.Entry<Pattern, Set<String>> e : ENDPOINTS) {
            if (e.getKey().matcher(p).matches()) {
                return e.getValue();
            }
        }
        return null;
    }
}
