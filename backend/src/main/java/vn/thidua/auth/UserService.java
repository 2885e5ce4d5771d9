package vn.thidua.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.FieldError;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;

@ApplicationScoped
public class UserService {
    static final Map<String, String> SORTABLE = Map.of("fullName", "fullName", "username", "username",
            "role", "role", "createdAt", "createdAt", "id", "id");

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountCache accounts;

    @Inject
    OrgScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditLog audit;

    UserDto dto(UserAccount u) {
        return UserDto.of(u, orgUnits.nameOf(u.orgUnitId));
    }

    @Transactional
    public PageResult<UserDto> list(String q, Long orgUnitId, Role role, Boolean active, Integer page, Integer size,
                                    String sort) {
        currentUser.require(Role.ADMIN);
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "fullName,asc");
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(scope.inSubtree("orgUnitId", scope.filterRoot(orgUnitId), p));
        if (!TextFold.isBlank(q)) {
            where.append(" and (fullNameFolded like :q or username like :q)");
            p.put("q", TextFold.containsPattern(q));
        }
        if (role != null) {
            where.append(" and role = :role");
            p.put("role", role);
        }
        if (active != null) {
            where.append(" and active = :active");
            p.put("active", active);
        }
        var query = UserAccount.<UserAccount>find(where.toString(), pr.sort(), p).page(pr.panachePage());
        return new PageResult<>(query.list().stream().map(this::dto).toList(), pr.page(), pr.size(), query.count());
    }

    @Transactional
    public UserDto get(long id) {
        currentUser.require(Role.ADMIN);
        return dto(load(id));
    }

    private UserAccount load(long id) {
        UserAccount u = UserAccount.findById(id);
        if (u == null || !scope.visible(u.orgUnitId)) {
            throw ProblemException.notFound();
        }
        return u;
    }

    @Transactional
    public Created create(UserCreate c) {
        currentUser.require(Role.ADMIN);
        scope.requireVisibleField("orgUnitId", c.orgUnitId());
        List<FieldError> pw = Passwords.check("password", c.password());
        if (!pw.isEmpty()) {
            throw ProblemException.invalid(pw);
        }
        if (UserAccount.count("username", c.username()) > 0) {
            throw ProblemException.conflict("username-taken", c.username());
        }
        UserAccount u = new UserAccount();
        u.username = c.username();
        u.setFullName(c.fullName().trim());
        u.email = blankToNull(c.email());
        u.phone = blankToNull(c.phone());
        u.role = c.role();
        u.orgUnitId = c.orgUnitId();
        u.active = c.active() == null || c.active();
        u.passwordHash = Passwords.hash(c.password());
        u.persistAndFlush();
        UserDto dto = dto(u);
        audit.record("CREATE", "user", u.id, null, dto);
        return new Created(dto, u.id, u.version);
    }

    /** Start-up and demo data: an account created by the system itself. */
    @Transactional
    public long createSystem(String username, String fullName, Role role, long orgUnitId, String password) {
        UserAccount u = new UserAccount();
        u.username = username;
        u.setFullName(fullName);
        u.role = role;
        u.orgUnitId = orgUnitId;
        u.active = true;
        u.passwordHash = Passwords.hash(password);
        u.persistAndFlush();
        audit.recordAs("system", "CREATE", "user", u.id, null, dto(u));
        return u.id;
    }

    @Transactional
    public UserDto update(long id, String ifMatch, UserUpdate c) {
        currentUser.require(Role.ADMIN);
        UserAccount u = load(id);
        Etags.require(ifMatch, u.version);
        scope.requireVisibleField("orgUnitId", c.orgUnitId());
        if (c.password() != null) {
            List<FieldError> pw = Passwords.check("password", c.password());
            if (!pw.isEmpty()) {
                throw ProblemException.invalid(pw);
            }
        }
        if (u.id == currentUser.id() && (!c.active() || c.role() != Role.ADMIN)) {
            throw ProblemException.conflict("cannot-demote-self");
        }
        UserDto before = dto(u);
        u.setFullName(c.fullName().trim());
        u.email = blankToNull(c.email());
        u.phone = blankToNull(c.phone());
        u.role = c.role();
        u.orgUnitId = c.orgUnitId();
        u.active = c.active();
        if (c.password() != null) {
            u.passwordHash = Passwords.hash(c.password());
        }
        u.persistAndFlush();
        accounts.forget(u.id); // a deactivation, a new role or unit: the user's next request sees it
        UserDto after = dto(u);
        audit.record(c.password() != null ? "UPDATE_PASSWORD_RESET" : "UPDATE", "user", u.id, before, after);
        return after;
    }

    @Transactional
    public UserDto me() {
        return dto(currentUser.get());
    }

    @Transactional
    public void changeOwnPassword(String current, String next) {
        UserAccount u = UserAccount.findById(currentUser.id());
        if (!Passwords.matches(current, u.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "password-wrong");
        }
        List<FieldError> pw = Passwords.check("newPassword", next);
        if (!pw.isEmpty()) {
            throw ProblemException.invalid(pw);
        }
        u.passwordHash = Passwords.hash(next);
        accounts.forget(u.id); // its version (the ETag of /me) changes
        audit.record("CHANGE_PASSWORD", "user", u.id, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
