package vn.thidua.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.ProblemException;

/**
 * Failed logins per account and per address, kept in the database so every instance shares them:
 * each failure slows the next answer a little more, and past the limit the key is refused for a while
 * (429 with Retry-After).
 */
@ApplicationScoped
public class LoginThrottle {
    @Inject
    EntityManager em;

    @ConfigProperty(name = "app.login.max-failures-per-account")
    int maxPerAccount;

    @ConfigProperty(name = "app.login.max-failures-per-address")
    int maxPerAddress;

    @ConfigProperty(name = "app.login.window-seconds")
    long windowSeconds;

    @ConfigProperty(name = "app.login.lock-seconds")
    long lockSeconds;

    static String accountKey(String username) {
        return "u:" + username.toLowerCase();
    }

    static String addressKey(String address) {
        return "a:" + address;
    }

    /** 429 when either key is locked; otherwise the number of recent failures (to slow the answer). */
    @Transactional
    public int check(String username, String address) {
        int failures = 0;
        for (String k : new String[]{accountKey(username), addressKey(address)}) {
            LoginThrottleEntry e = em.find(LoginThrottleEntry.class, k);
            if (e == null) {
                continue;
            }
            Instant now = Instant.now();
            if (e.lockedUntil != null && e.lockedUntil.isAfter(now)) {
                long wait = Math.max(1, Duration.between(now, e.lockedUntil).toSeconds() + 1);
                throw new ProblemException(429, "login-locked", new Object[]{wait}, null, null,
                        Map.of("Retry-After", Long.toString(wait)));
            }
            if (e.windowStart.plusSeconds(windowSeconds).isAfter(now)) {
                failures = Math.max(failures, e.failures);
            }
        }
        return failures;
    }

    @Transactional
    public void failed(String username, String address) {
        bump(accountKey(username), maxPerAccount);
        bump(addressKey(address), maxPerAddress);
    }

    @Transactional
    public void succeeded(String username) {
        LoginThrottleEntry e = em.find(LoginThrottleEntry.class, accountKey(username));
        if (e != null) {
            em.remove(e);
        }
    }

    private void bump(String key, int max) {
        Instant now = Instant.now();
        em.createNativeQuery("insert ignore into login_throttle (throttle_key, failures, window_start) values (?1, 0, ?2)")
                .setParameter(1, key).setParameter(2, now).executeUpdate();
        // a plain FOR UPDATE: Hibernate's "for update of <alias>" is MySQL 8 only, and MariaDB must work too
        em.createNativeQuery("select failures from login_throttle where throttle_key = ?1 for update")
                .setParameter(1, key).getResultList();
        LoginThrottleEntry e = em.find(LoginThrottleEntry.class, key);
        em.refresh(e);
        if (e.windowStart.plusSeconds(windowSeconds).isBefore(now)
                || (e.lockedUntil != null && e.lockedUntil.isBefore(now))) {
            e.failures = 0;
            e.windowStart = now;
            e.lockedUntil = null;
        }
        e.failures++;
        if (e.failures >= max) {
            e.lockedUntil = now.plusSeconds(lockSeconds);
        }
    }
}
