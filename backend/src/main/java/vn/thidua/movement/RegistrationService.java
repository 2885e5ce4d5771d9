package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.org.OrgLevel;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitDto;
import vn.thidua.org.OrgUnitService;

/**
 * Registrations [đăng ký thi đua] are scoped: a caller sees and writes those of units in their subtree only
 * (another unit's registration is a 404). One per unit and movement; none are changed once the movement is
 * CLOSED.
 */
@ApplicationScoped
public class RegistrationService {
    static final Map<String, String> SORTABLE = Map.of("registeredOn", "registeredOn", "createdAt", "createdAt",
            "id", "id");
    static final Role[] WRITERS = {Role.ADMIN, Role.PROVINCIAL_OFFICER, Role.BRANCH_OFFICER};
    /** The levels of unit a movement concerns when listing who has not registered. */
    static final Set<OrgLevel> CONCERNED = Set.of(OrgLevel.COMMUNE, OrgLevel.DISTRICT);

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    MovementService movements;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Transactional
    public PageResult<RegistrationDto> list(long movementId, Long orgUnitId, Integer page, Integer size, String sort) {
        currentUser.get();
        movements.load(movementId);
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "registeredOn,asc");
        Map<String, Object> p = new HashMap<>();
        String inScope = scope.inSubtree("orgUnitId", scope.filterRoot(orgUnitId), p);
        p.put("movementId", movementId);
        var query = Registration.<Registration>find("movementId = :movementId and " + inScope, pr.sort(), p)
                .page(pr.panachePage());
        return new PageResult<>(dtos(query.list()), pr.page(), pr.size(), query.count());
    }

    private List<RegistrationDto> dtos(List<Registration> rs) {
        Set<Long> ids = new HashSet<>();
        rs.forEach(r -> ids.add(r.orgUnitId));
        Map<Long, String> names = orgUnits.namesOf(ids);
        return rs.stream().map(r -> RegistrationDto.of(r, names.get(r.orgUnitId))).toList();
    }

    private RegistrationDto dto(Registration r) {
        return RegistrationDto.of(r, orgUnits.nameOf(r.orgUnitId));
    }

    /**
     * Units the movement concerns (commune and district level, active on its start or today, in the caller's
     * subtree or the given unit's) that have not registered.
     */
    @Transactional
    public List<OrgUnitDto> unregistered(long movementId, Long orgUnitId) {
        currentUser.get();
        Movement m = movements.load(movementId);
        long root = scope.filterRoot(orgUnitId);
        List<LocalDate> days = List.of(m.startDate, LocalDate.now());
        Set<Long> registered = new HashSet<>(em.createQuery(
                "select r.orgUnitId from Registration r where r.movementId = :m", Long.class)
                .setParameter("m", movementId).getResultList());
        List<OrgUnitDto> out = new ArrayList<>();
        for (OrgUnitDto u : orgUnits.activeInSubtree(root, CONCERNED, days)) {
            if (!registered.contains(u.id())) {
                out.add(u);
            }
        }
        return out;
    }

    @Transactional
    public RegistrationDto get(long movementId, long id) {
        currentUser.get();
        return dto(load(movementId, id));
    }

    private Registration load(long movementId, long id) {
        Registration r = Registration.findById(id);
        if (r == null || r.movementId != movementId || !scope.visible(r.orgUnitId)) {
            throw ProblemException.notFound();
        }
        return r;
    }

    @Transactional
    public Created create(long movementId, RegistrationWrite w) {
        currentUser.require(WRITERS);
        Movement m = movements.load(movementId);
        long unitId = w.orgUnitId() == null ? currentUser.orgUnitId() : w.orgUnitId();
        scope.requireVisibleField("orgUnitId", unitId);
        return register(m, unitId, w, null);
    }

    /** Demo data: a registration made by the system. */
    @Transactional
    public long createSystem(long movementId, long unitId, RegistrationWrite w) {
        return register(movements.load(movementId), unitId, w, "system").id();
    }

    private Created register(Movement m, long unitId, RegistrationWrite w, String systemActor) {
        if (systemActor == null) {
            requireOpen(m); // the demo records registrations of movements that have closed since
        }
        LocalDate on = w.registeredOn() == null ? LocalDate.now() : w.registeredOn();
        OrgUnitDto unit = orgUnits.activeInSubtree(unitId, Set.of(OrgLevel.values()), List.of(on)).stream()
                .filter(u -> u.id() == unitId).findFirst().orElse(null);
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "unit-inactive-on",
                    on.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (Registration.count("movementId = ?1 and orgUnitId = ?2", m.id, unitId) > 0) {
            throw ProblemException.conflict("registration-exists", unit.name());
        }
        Registration r = new Registration();
        r.movementId = m.id;
        r.orgUnitId = unitId;
        r.registeredOn = on;
        apply(r, w);
        r.persistAndFlush();
        RegistrationDto dto = RegistrationDto.of(r, unit.name());
        if (systemActor != null) {
            audit.recordAs(systemActor, "CREATE", "registration", r.id, null, dto);
        } else {
            audit.record("CREATE", "registration", r.id, null, dto);
        }
        return new Created(dto, r.id, r.version);
    }

    @Transactional
    public RegistrationDto update(long movementId, long id, String ifMatch, RegistrationWrite w) {
        currentUser.require(WRITERS);
        Registration r = load(movementId, id);
        Etags.require(ifMatch, r.version);
        requireOpen(movements.load(movementId));
        if (w.orgUnitId() != null && !w.orgUnitId().equals(r.orgUnitId)) {
            throw ProblemException.invalid("orgUnitId", "registration-unit-fixed");
        }
        RegistrationDto before = dto(r);
        if (w.registeredOn() != null) {
            r.registeredOn = w.registeredOn();
        }
        apply(r, w);
        // a change of the targets alone dirties the element collection, which moves the version (the ETag) too
        r.persistAndFlush();
        RegistrationDto after = dto(r);
        audit.record("UPDATE", "registration", r.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long movementId, long id, String ifMatch) {
        currentUser.require(WRITERS);
        Registration r = load(movementId, id);
        Etags.require(ifMatch, r.version);
        requireOpen(movements.load(movementId));
        RegistrationDto before = dto(r);
        r.delete();
        audit.record("DELETE", "registration", id, before, null);
    }

    private static void requireOpen(Movement m) {
        if (m.status == MovementStatus.CLOSED) {
            throw ProblemException.conflict("movement-closed", m.name);
        }
    }

    private static void apply(Registration r, RegistrationWrite w) {
        r.commitments = w.commitments().trim();
        r.targets.clear();
        if (w.targets() != null) {
            for (TargetDto t : w.targets()) {
                Registration.Target target = new Registration.Target();
                target.name = t.name().trim();
                target.value = t.value();
                target.unit = MovementService.blankToNull(t.unit());
                r.targets.add(target);
            }
        }
    }
}
