package vn.thidua.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.thidua.common.AuditLog;

/**
 * Authentication refused before any resource runs (a forged, expired or malformed token; an unknown, revoked
 * or expired API key) goes to the audit log beside the logins and logouts, so that every authentication event
 * leaves a trace. Only what identifies the attempt is kept: address, method, path and the kind of failure;
 * never the token or the key.
 */
@ApplicationScoped
public class AuthAudit {
    private static final Logger LOG = Logger.getLogger(AuthAudit.class);

    @Inject
    AuditLog audit;

    /** Fired by Quarkus for every request whose credentials failed; audited off the request's thread. */
    void tokenRefused(@ObservesAsync AuthenticationFailureEvent event) {
        if (!(event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext rc)) {
            return;
        }
        HttpServerRequest r = rc.request();
        if (r.getHeader("Authorization") == null && r.getCookie(AuthResource.COOKIE) == null) {
            return; // an anonymous call to a protected endpoint: the 401 says everything, there was no attempt
        }
        refused("TOKEN_REFUSED", address(r), r.method().name(), r.path(), kinds(event.getAuthenticationFailure()));
    }

    /** Records one refused authentication in its own transaction: the request that caused it fails anyway. */
    public void refused(String action, String address, String method, String path, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.put("method", method);
        details.put("path", path);
        details.put("reason", reason);
        try {
            QuarkusTransaction.requiringNew().run(() -> audit.recordAs("anonymous", action, "session", null, null, details));
        } catch (RuntimeException e) {
            // the audit must not turn a 401 into a 500 (e.g. while the database is down); say so in the log
            LOG.warnf("could not audit %s from %s: %s", action, address, e.getClass().getSimpleName());
        }
    }

    static String address(HttpServerRequest r) {
        return r.remoteAddress() == null ? "unknown" : r.remoteAddress().hostAddress();
    }

    /** The exception types of the cause chain (not their messages, which may quote the token). */
    static String kinds(Throwable t) {
        List<String> names = new ArrayList<>();
        for (Throwable c = t; c != null && names.size() < 4; c = c.getCause() == c ? null : c.getCause()) {
            names.add(c.getClass().getSimpleName());
        }
        return String.join(" < ", names);
    }
}
