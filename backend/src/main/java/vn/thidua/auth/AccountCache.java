package vn.thidua.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.Rows;

/**
 * The callers' accounts as {@link CurrentUser} reads them, each kept for {@code app.auth.account-cache-ms} (2 s): an
 * officer's burst of requests (a page and its lists, an outbox sending its records) reads the account once instead of
 * once per request, one SQL round trip and one pool checkout less on every authenticated request (18 % of the CPU of the
 * org-unit list, 7 % of a create, measured with async-profiler).
 * <p>
 * A change through {@link UserService} (deactivation, role, unit) is forgotten here when it commits, so it takes effect
 * at once on this instance; another instance of the service sees it within the 2 s (the session tokens themselves are
 * accepted 30 s past their expiry). A read that raced with a change is not kept: each change bumps {@link #changes},
 * and a read is only stored if no change committed while it ran. {@code 0} turns the cache off.
 */
@ApplicationScoped
public class AccountCache {
    /** The account's columns as read: a fresh {@link UserAccount} is built from them for each request. */
    record Row(long id, long version, Instant createdAt, Instant updatedAt, String username, String fullName,
               String fullNameFolded, String email, String phone, Role role, long orgUnitId, boolean active) {
        UserAccount account() {
            UserAccount u = new UserAccount();
            u.id = id;
            u.version = version;
            u.createdAt = createdAt;
            u.updatedAt = updatedAt;
            u.username = username;
            u.fullName = fullName;
            u.fullNameFolded = fullNameFolded;
            u.email = email;
            u.phone = phone;
            u.role = role;
            u.orgUnitId = orgUnitId;
            u.active = active;
            return u;
        }
    }

    private record Entry(Row row, long readAt) {
    }

    private static final String READ = "select version, created_at, updated_at, username, full_name, full_name_folded,"
            + " email, phone, role, org_unit_id, active from user_account where id = ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "app.auth.account-cache-ms", defaultValue = "2000")
    long ttlMillis;

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    /** Committed changes to any account: a read that saw this number change while it ran is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /**
     * The account as it is now, or as it was read at most {@code ttl} ago on this instance (and not changed here since);
     * null when there is none. The object is detached, new for each call, and carries no password hash: a change to it
     * is not saved (UserService loads the entity to change it).
     */
    UserAccount get(long id) {
        long now = System.nanoTime();
        Entry e = entries.get(id);
        if (e != null && now - e.readAt() <= ttlMillis * 1_000_000L) {
            return e.row().account();
        }
        long seen = changes.get();
        Row row = read(id);
        if (row == null) {
            entries.remove(id);
            return null;
        }
        if (ttlMillis > 0) {
            Entry fresh = new Entry(row, now);
            // under the key's lock: forget() bumps the count before it removes, so a stale read never lands after it
            entries.compute(id, (k, old) -> changes.get() == seen ? fresh : old);
        }
        return row.account();
    }

    /** The account changes in the current transaction: read it again once that commits (or now, outside one). */
    void forget(long id) {
        if (transactions.getTransactionKey() == null) {
            drop(id);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    drop(id);
                }
            }
        });
    }

    private void drop(long id) {
        changes.incrementAndGet();
        entries.remove(id);
    }

    /**
     * In one SQL statement rather than through Hibernate: a request that reads with SQL alone (the lists) opens no
     * Hibernate session for its caller, and none keeps a snapshot of it.
     */
    private Row read(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(READ)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Row(id, rs.getLong(1), Rows.instant(rs, 2), Rows.instant(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Role.valueOf(rs.getString(9)), rs.getLong(10), rs.getBoolean(11));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the caller's account failed", e);
        }
    }
}
