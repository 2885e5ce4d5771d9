package vn.thidua.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.thidua.common.Caller;
import vn.thidua.common.ProblemException;
import vn.thidua.org.OrgUnitService;

/**
 * Who is calling. The token only names the user: role, unit and the active flag are read from the database
 * ({@link AccountCache}: at most 2 s old, and a change through UserService takes effect at once). An integration
 * client (API key) is a caller too: it has no user account and no role, and its unit is the root of what it may read.
 */
@RequestScoped
public class CurrentUser implements Caller {
    @Inject
    JsonWebToken jwt;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AccountCache accounts;

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
            UserAccount u = accounts.get(id);
            if (u == null || !u.active) {
                throw ProblemException.of(401, "unauthorized");
            }
            user = u;
        }
        return user;
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
