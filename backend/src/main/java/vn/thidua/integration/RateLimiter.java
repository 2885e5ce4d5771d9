package vn.thidua.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests per client and minute, counted in the database (table {@code integration_rate}) so that several
 * instances behind a load balancer share one limit (CONVENTIONS: no state that matters across requests in memory).
 * A fixed one-minute window per client: the upsert takes the window's row lock for the short transaction, so two
 * instances counting at once cannot both let the last request through. Past the limit: 429 with Retry-After, the
 * seconds left in the window. A client's finished windows are deleted when its next window starts.
 */
@ApplicationScoped
public class RateLimiter {
    static final long WINDOW_SECONDS = 60;

    @ConfigProperty(name = "app.integration.rate-limit", defaultValue = "600")
    int defaultPerMinute;

    @Inject
    EntityManager em;

    /** 0 when the request may go ahead, otherwise the seconds to wait. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long acquire(long clientId, Integer perMinute) {
        int limit = perMinute == null ? defaultPerMinute : perMinute;
        long now = Instant.now().getEpochSecond();
        long window = now - now % WINDOW_SECONDS;
        int inserted = em.createNativeQuery("insert into integration_rate (client_id, window_start, requests)"
                        + " values (?1, ?2, 1) on duplicate key update requests = requests + 1")
                .setParameter(1, clientId).setParameter(2, window).executeUpdate();
        if (inserted == 1) {
            // a new window (MySQL reports 1 for an insert, 2 for an update): the finished ones can go
            em.createNativeQuery("delete from integration_rate where client_id = ?1 and window_start < ?2")
                    .setParameter(1, clientId).setParameter(2, window).executeUpdate();
        }
        Number used = (Number) em.createNativeQuery(
                        "select requests from integration_rate where client_id = ?1 and window_start = ?2")
                .setParameter(1, clientId).setParameter(2, window).getSingleResult();
        if (used.longValue() <= limit) {
            return 0;
        }
        return Math.max(1, window + WINDOW_SECONDS - now);
    }
}
