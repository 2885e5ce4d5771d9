package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.FieldError;
import vn.thidua.common.Messages;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.integration.ChangeLog;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;

/**
 * Movements are province-wide: every logged-in role reads them; ADMIN and PROVINCIAL_OFFICER manage them.
 */
@ApplicationScoped
public class MovementService {
    static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate",
            "name", "name", "code", "code", "status", "status", "kind", "kind", "id", "id");
    static final Role[] MANAGERS = {Role.ADMIN, Role.PROVINCIAL_OFFICER};

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    /**
     * The list. {@code year}: movements active in that year (start ≤ 31/12 and no end or end ≥ 01/01).
     * SQL shape (for the bench): {@code select ... from movement where [status = ?] [and kind = ?]
     * [and start_date <= ? and (end_date is null or end_date >= ?)] [and (name_folded like ? or lower(code) like ?)]
     * order by start_date desc, id desc limit ? offset ?}, then one query for the unit names and one for the
     * names of the campaigns the page's movements are tied to.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MovementDto> list(String q, MovementStatus status, MovementKind kind, Integer year,
                                        java.time.Instant updatedSince, Integer page, Integer size, String sort) {
        currentUser.requireCaller();
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "startDate,desc");
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            p.put("status", status);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            p.put("kind", kind);
        }
        if (year != null) {
            if (year < 1900 || year > 2200) {
                throw ProblemException.invalid("year", "between", 1900, 2200);
            }
            where.append(" and startDate <= :yearEnd and (endDate is null or endDate >= :yearStart)");
            p.put("yearStart", LocalDate.of(year, 1, 1));
            p.put("yearEnd", LocalDate.of(year, 12, 31));
        }
        if (!TextFold.isBlank(q)) {
            where.append(" and (nameFolded like :q or lower(code) like :q)");
            p.put("q", TextFold.containsPattern(q));
        }
        if (updatedSince != null) {
            where.append(" and updatedAt >= :updatedSince");
            p.put("updatedSince", updatedSince);
        }
        var query = Movement.<Movement>find(where.toString(), pr.sort(), p).page(pr.panachePage());
        return new PageResult<>(dtos(query.list()), pr.page(), pr.size(), query.count());
    }

    /** Names of units and tied campaigns for a page in two queries, not one per row. */
    List<MovementDto> dtos(List<Movement> ms) {
        Set<Long> unitIds = new HashSet<>();
        Set<Long> tiedIds = new HashSet<>();
        for (Movement m : ms) {
            if (m.launchingOrgUnitId != null) {
                unitIds.add(m.launchingOrgUnitId);
            }
            if (m.tiedToMovementId != null) {
                tiedIds.add(m.tiedToMovementId);
            }
        }
        Map<Long, String> units = orgUnits.namesOf(unitIds);
        Map<Long, String> tied = new HashMap<>();
        if (!tiedIds.isEmpty()) {
            for (Object[] r : em.createQuery("select m.id, m.name from Movement m where m.id in :ids", Object[].class)
                    .setParameter("ids", tiedIds).getResultList()) {
                tied.put((Long) r[0], (String) r[1]);
            }
        }
        return ms.stream().map(m -> MovementDto.of(m, units.get(m.launchingOrgUnitId), tied.get(m.tiedToMovementId)))
                .toList();
    }

    MovementDto dto(Movement m) {
        return dtos(List.of(m)).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MovementDto get(long id) {
        currentUser.requireCaller();
        return dto(load(id));
    }

    /** The movement; 404 when there is none. */
    Movement load(long id) {
        Movement m = Movement.findById(id);
        if (m == null) {
            throw ProblemException.notFound();
        }
        return m;
    }

    @Transactional
    public Created create(MovementWrite w) {
        currentUser.require(MANAGERS);
        return createChecked(w, true, null);
    }

    /** Demo data: a movement created by the system itself, without a caller. */
    @Transactional
    public long createSystem(MovementWrite w) {
        return createChecked(w, false, "system").id();
    }

    private Created createChecked(MovementWrite w, boolean scoped, String systemActor) {
        validate(w, null, scoped);
        if (Movement.count("code", w.code().trim()) > 0) {
            throw ProblemException.conflict("movement-code-taken", w.code().trim());
        }
        Movement m = new Movement();
        apply(m, w);
        m.persistAndFlush();
        MovementDto dto = dto(m);
        if (systemActor != null) {
            audit.recordAs(systemActor, "CREATE", "movement", m.id, null, dto);
        } else {
            audit.record("CREATE", "movement", m.id, null, dto);
        }
        changes.record("movement", m.id, ChangeLog.CREATED, null, true, false);
        return new Created(dto, m.id, m.version);
    }

    @Transactional
    public MovementDto update(long id, String ifMatch, MovementWrite w) {
        currentUser.require(MANAGERS);
        Movement m = load(id);
        Etags.require(ifMatch, m.version);
        validate(w, m, true);
        if (!m.code.equals(w.code().trim()) && Movement.count("code", w.code().trim()) > 0) {
            throw ProblemException.conflict("movement-code-taken", w.code().trim());
        }
        MovementDto before = dto(m);
        apply(m, w);
        m.persistAndFlush();
        MovementDto after = dto(m);
        audit.record("UPDATE", "movement", m.id, before, after);
        changes.record("movement", m.id, ChangeLog.UPDATED, null, true, true);
        return after;
    }

    private void validate(MovementWrite w, Movement existing, boolean scoped) {
        List<FieldError> errors = new ArrayList<>();
        if (w.endDate() != null && w.startDate() != null && w.endDate().isBefore(w.startDate())) {
            errors.add(err("endDate", "end-before-start"));
        }
        boolean byBody = !TextFold.isBlank(w.launchedBy());
        boolean byUnit = w.launchingOrgUnitId() != null;
        if (!byBody && !byUnit) {
            errors.add(err("launchedBy", "launcher-required"));
        } else if (byBody && byUnit) {
            errors.add(err("launchingOrgUnitId", "launcher-one"));
        } else if (byUnit && scoped && !scope.visible(w.launchingOrgUnitId())) {
            errors.add(err("launchingOrgUnitId", "unit-not-found"));
        }
        if (w.tiedToMovementId() != null) {
            if (existing != null && w.tiedToMovementId().equals(existing.id)) {
                errors.add(err("tiedToMovementId", "movement-tied-self"));
            } else {
                Movement t = Movement.findById(w.tiedToMovementId());
                if (t == null) {
                    errors.add(err("tiedToMovementId", "movement-not-found"));
                } else if (existing != null && tiesBackTo(t, existing.id)) {
                    errors.add(err("tiedToMovementId", "movement-tied-cycle"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private boolean tiesBackTo(Movement from, long id) {
        Movement m = from;
        for (int i = 0; m != null && i < 100; i++) {
            if (Objects.equals(m.id, id)) {
                return true;
            }
            m = m.tiedToMovementId == null ? null : Movement.findById(m.tiedToMovementId);
        }
        return false;
    }

    static FieldError err(String field, String key) {
        return new FieldError(field, Messages.KEY_PREFIX + key);
    }

    private void apply(Movement m, MovementWrite w) {
        m.code = w.code().trim();
        m.setName(w.name().trim());
        m.kind = w.kind();
        m.launchedBy = TextFold.isBlank(w.launchedBy()) ? null : w.launchedBy().trim();
        m.launchingOrgUnitId = w.launchingOrgUnitId();
        m.tiedToMovementId = w.tiedToMovementId();
        m.startDate = w.startDate();
        m.endDate = w.endDate();
        m.description = blankToNull(w.description());
        m.criteria = blankToNull(w.criteria());
        m.status = w.status();
    }

    static String blankToNull(String s) {
        return TextFold.isBlank(s) ? null : s.trim();
    }

    // ---- for other features (plans, nominations, activities...) ----

    /** Movements by id, as the API shows them (the change feed; every movement status is published). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, MovementDto> byIds(Collection<Long> ids) {
        Map<Long, MovementDto> out = new HashMap<>();
        if (ids != null && !ids.isEmpty()) {
            dtos(Movement.<Movement>list("id in ?1", new HashSet<>(ids))).forEach(d -> out.put(d.id(), d));
        }
        return out;
    }

    /** Summaries in the order of the ids; unknown ids are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MovementSummary> summaries(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MovementSummary> byId = new HashMap<>();
        for (Movement m : Movement.<Movement>list("id in ?1", new HashSet<>(ids))) {
            byId.put(m.id, new MovementSummary(m.id, m.code, m.name, m.kind, m.status));
        }
        Map<Long, MovementSummary> ordered = new LinkedHashMap<>();
        for (Long id : ids) {
            if (byId.containsKey(id)) {
                ordered.put(id, byId.get(id));
            }
        }
        return new ArrayList<>(ordered.values());
    }

    /** Whether a movement exists (for fields of other records that point at one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(Long id) {
        return id != null && Movement.count("id", id) > 0;
    }

    /** The id of the movement with this code, or null (demo data of other features). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long idOf(String code) {
        Movement m = Movement.find("code", code).firstResult();
        return m == null ? null : m.id;
    }
}
