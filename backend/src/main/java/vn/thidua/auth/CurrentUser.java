package vn.thidua.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.thidua.common.Caller;
import vn.thidua.common.ProblemException;
import vn.thidua.common.Rows;
import vn.thidua.org.OrgUnitService;

/**
 * Who is calling. The token only names the user: role, unit and the active flag are read from the
 * database on each request, so a deactivation or a role change takes effect at once. An integration client
 * (API key) is a caller too: it has no user account and no role, and its unit is the root of what it may read.
 */
@RequestScoped
public class CurrentUser implements Caller {
    @Inject
    JsonWebToken jwt;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AgroalDataSource dataSource;

    private UserAccount user;

    private ApiClient client;

    /** Set once per request by the API key gate, before any resource runs. */
    public void actAsClient(ApiClient c) {
        this.client = c;
    }

    /** Whether the caller is an integration client rather than a person. */
    public boolean isClient() {
        return client != null;
    }

    public ApiClient client() {
        return client;
    }

    /** The person calling; an integration client has none, so anything that needs one is a 403 for it. */
    public UserAccount get() {
        if (client != null) {
            throw ProblemException.forbidden();
        }
        if (user == null) {
            if (jwt == null || jwt.getSubject() == null) {
                throw ProblemException.of(401, "unauthorized");
            }
            long id;
            try {
                id = Long.parseLong(jwt.getSubject());
            } catch (NumberFormatException e) {
                throw ProblemException.of(401, "unauthorized");
            }
            UserAccount u = read(id);
            if (u == null || !u.active) {
                throw ProblemException.of(401, "unauthorized");
            }
            user = u;
        }
        return user;
    }

    private static final String READ = "select version, created_at, updated_at, username, full_name, full_name_folded,"
            + " email, phone, role, org_unit_id, active from user_account where id = ?";

    /**
     * The account as it is now, in one SQL statement rather than through Hibernate: a request that reads with SQL
     * alone (the lists) opens no Hibernate session for its caller, and none keeps a snapshot of it. The object is
     * detached and carries no password hash: a change to it is not saved (UserService loads the entity to change it).
     */
    private UserAccount read(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(READ)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                UserAccount u = new UserAccount();
                u.id = id;
                u.version = rs.getLong(1);
                u.createdAt = Rows.instant(rs, 2);
                u.updatedAt = Rows.instant(rs, 3);
                u.username = rs.getString(4);
                u.fullName = rs.getString(5);
                u.fullNameFolded = rs.getString(6);
                u.email = rs.getString(7);
                u.phone = rs.getString(8);
                u.role = Role.valueOf(rs.getString(9));
                u.orgUnitId = rs.getLong(10);
                u.active = rs.getBoolean(11);
                return u;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the caller's account failed", e);
        }
    }

    public boolean isAuthenticated() {
        return client != null || (jwt != null && jwt.getSubject() != null);
    }

    /** 401 unless someone (a person or a client) is calling. */
    public void requireCaller() {
        if (client == null) {
            get();
        }
    }

    public long id() {
        return get().id;
    }

    public String username() {
        return get().username;
    }

    /** The role; null for an integration client, which has none. */
    public Role role() {
        return client != null ? null : get().role;
    }

    public long orgUnitId() {
        return client != null ? client.orgUnitId() : get().orgUnitId;
    }

    public boolean hasRole(Role... roles) {
        Role r = role();
        return r != null && Arrays.asList(roles).contains(r);
    }

    /** A role that may never do this operation gets a 403. */
    public void require(Role... roles) {
        if (!hasRole(roles)) {
            throw ProblemException.forbidden();
        }
    }

    @Override
    public String actorName() {
        if (client != null) {
            return "client:" + client.id();
        }
        if (!isAuthenticated()) {
            return "anonymous";
        }
        return get().username;
    }

    @Override
    public boolean isTreeAdmin() {
        return client == null && get().role == Role.ADMIN && orgUnits.load(get().orgUnitId).parentId == null;
    }
}
