package vn.thidua.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client, in this instance's memory: a client may burst up to its per-minute limit and then
 * gets one request per (60 / limit) seconds. With several instances behind a load balancer each keeps its own
 * buckets, so the effective limit is the limit times the instances (see docs/integration.md).
 */
@ApplicationScoped
public class RateLimiter {
    @ConfigProperty(name = "app.integration.rate-limit", defaultValue = "600")
    int defaultPerMinute;

    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    static final class Bucket {
        double tokens;
        long last;
        int perMinute;
    }

    /** 0 when the request may go ahead, otherwise the seconds to wait. */
    public long acquire(long clientId, Integer perMinute) {
        int limit = perMinute == null ? defaultPerMinute : perMinute;
        Bucket b = buckets.computeIfAbsent(clientId, id -> {
            Bucket n = new Bucket();
            n.tokens = limit;
            n.last = System.nanoTime();
            n.perMinute = limit;
            return n;
        });
        synchronized (b) {
            long now = System.nanoTime();
            if (b.perMinute != limit) {
                b.perMinute = limit;
                b.tokens = Math.min(b.tokens, limit);
            }
            double perNano = limit / 60e9;
            b.tokens = Math.min(limit, b.tokens + (now - b.last) * perNano);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
        }
    }
}
