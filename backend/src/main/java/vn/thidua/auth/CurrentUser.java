package vn.thidua.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.thidua.common.Caller;
import vn.thidua.common.ProblemException;

/**
 * Who is calling. The token only names the user: role, unit and the active flag are read from the
 * database on each request, so a deactivation or a role change takes effect at once.
 */
@RequestScoped
public class CurrentUser implements Caller {
    @Inject
    JsonWebToken jwt;

    private UserAccount user;

    public UserAccount get() {
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
            UserAccount u = UserAccount.findById(id);
            if (u == null || !u.active) {
                throw ProblemException.of(401, "unauthorized");
            }
            user = u;
        }
        return user;
    }

    public boolean isAuthenticated() {
        return jwt != null && jwt.getSubject() != null;
    }

    public long id() {
        return get().id;
    }

    public String username() {
        return get().username;
    }

    public Role role() {
        return get().role;
    }

    public long orgUnitId() {
        return get().orgUnitId;
    }

    public boolean hasRole(Role... roles) {
        Role r = role();
        return Arrays.asList(roles).contains(r);
    }

    /** A role that may never do this operation gets a 403. */
    public void require(Role... roles) {
        if (!hasRole(roles)) {
            throw ProblemException.forbidden();
        }
    }

    @Override
    public String actorName() {
        if (!isAuthenticated()) {
            return "anonymous";
        }
        return get().username;
    }

    @Override
    public boolean isAdmin() {
        return get().role == Role.ADMIN;
    }
}
