package vn.thidua.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntry {
    @Id
    @Column(name = "throttle_key", length = 200)
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;
}
