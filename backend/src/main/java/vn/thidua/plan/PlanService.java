package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.AuditLog;
import vn.thidua.common.DocumentNumbers;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.FieldError;
import vn.thidua.common.Messages;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementSummary;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;

/**
 * Plans. ADMIN and PROVINCIAL_OFFICER write and issue them; every role reads those issued by a unit of their
 * subtree or by one of the units above them (a plan of the province is addressed to its branches). Drafts
 * are not shown to branch officers.
 */
@ApplicationScoped
public class PlanService {
    static final Map<String, String> SORTABLE = Map.of("year", "year", "issuedOn", "issuedOn", "title", "title",
            "createdAt", "createdAt", "id", "id");
    static final Role[] MANAGERS = {Role.ADMIN, Role.PROVINCIAL_OFFICER};
    static final String ISSUE = "ISSUE";
    /** Kind of document in the sequence table. */
    static final String KIND = "KH";

    /** The symbol after the number: KH (plan) - CTĐ (the Red Cross association), as Decree 30/2020 shapes it. */
    @ConfigProperty(name = "app.plan.number-symbol", defaultValue = "KH-CTĐ")
    String symbol;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    MovementService movements;

    @Inject
    DocumentNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** Issuing units the caller may read: their subtree and the units above them. */
    static final String VISIBLE_JPQL = "(issuingOrgUnitId in " + OrgScope.SUBTREE_JPQL
            + " or issuingOrgUnitId in (select c.ancestorId from OrgUnitClosure c where c.descendantId = :scopeRoot))";

    @Transactional
    public PageResult<PlanDto> list(String q, Integer year, PlanStatus status, Long issuingOrgUnitId, Long movementId,
                                    Integer page, Integer size, String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "year,desc");
        StringBuilder where = new StringBuilder(VISIBLE_JPQL);
        Map<String, Object> p = new HashMap<>();
        p.put("scopeRoot", scope.root());
        if (!seesDrafts()) {
            where.append(" and status = :issued");
            p.put("issued", PlanStatus.ISSUED);
        }
        if (!TextFold.isBlank(q)) {
            where.append(" and (titleFolded like :q or lower(number) like :q)");
            p.put("q", TextFold.containsPattern(q));
        }
        if (year != null) {
            where.append(" and year = :year");
            p.put("year", year);
        }
        if (status != null) {
            where.append(" and status = :status");
            p.put("status", status);
        }
        if (issuingOrgUnitId != null) {
            where.append(" and issuingOrgUnitId = :unit");
            p.put("unit", issuingOrgUnitId);
        }
        if (movementId != null) {
            where.append(" and :movementId member of movementIds");
            p.put("movementId", movementId);
        }
        var query = Plan.<Plan>find(where.toString(), pr.sort(), p).page(pr.panachePage());
        return new PageResult<>(dtos(query.list()), pr.page(), pr.size(), query.count());
    }

    private boolean seesDrafts() {
        return !currentUser.hasRole(Role.BRANCH_OFFICER);
    }

    /** Unit names and movement summaries of a page in one query each. */
    private List<PlanDto> dtos(List<Plan> plans) {
        Set<Long> unitIds = new HashSet<>();
        Set<Long> movementIds = new LinkedHashSet<>();
        plans.forEach(p -> {
            unitIds.add(p.issuingOrgUnitId);
            movementIds.addAll(p.movementIds);
        });
        Map<Long, String> names = orgUnits.namesOf(unitIds);
        Map<Long, MovementSummary> ms = new HashMap<>();
        movements.summaries(movementIds).forEach(m -> ms.put(m.id(), m));
        boolean manager = currentUser.isAuthenticated() && currentUser.hasRole(MANAGERS);
        return plans.stream().map(p -> PlanDto.of(p, names.get(p.issuingOrgUnitId),
                p.movementIds.stream().map(ms::get).filter(m -> m != null).toList(),
                manager && p.status == PlanStatus.DRAFT ? List.of(ISSUE) : List.of())).toList();
    }

    private PlanDto dto(Plan p) {
        return dtos(List.of(p)).get(0);
    }

    @Transactional
    public PlanDto get(long id) {
        return dto(load(id));
    }

    private Plan load(long id) {
        Plan p = Plan.findById(id);
        if (p == null || !(scope.visible(p.issuingOrgUnitId) || scope.contains(p.issuingOrgUnitId, scope.root()))
                || (p.status == PlanStatus.DRAFT && !seesDrafts())) {
            throw ProblemException.notFound();
        }
        return p;
    }

    @Transactional
    public Created create(PlanWrite w) {
        currentUser.require(MANAGERS);
        validate(w, true);
        return persistNew(w, null);
    }

    /** Demo data: a draft created by the system itself. */
    @Transactional
    public long createSystem(PlanWrite w) {
        validate(w, false);
        return persistNew(w, "system").id();
    }

    private Created persistNew(PlanWrite w, String systemActor) {
        Plan p = new Plan();
        p.status = PlanStatus.DRAFT;
        apply(p, w);
        p.persistAndFlush();
        PlanDto dto = dto(p);
        if (systemActor == null) {
            audit.record("CREATE", "plan", p.id, null, dto);
        } else {
            audit.recordAs(systemActor, "CREATE", "plan", p.id, null, dto);
        }
        return new Created(dto, p.id, p.version);
    }

    @Transactional
    public PlanDto update(long id, String ifMatch, PlanWrite w) {
        currentUser.require(MANAGERS);
        Plan p = load(id);
        if (p.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("plan-issued", p.number);
        }
        Etags.require(ifMatch, p.version);
        validate(w, true);
        PlanDto before = dto(p);
        apply(p, w);
        p.persistAndFlush();
        PlanDto after = dto(p);
        audit.record("UPDATE", "plan", p.id, before, after);
        return after;
    }

    @Transactional
    public PlanDto transition(long id, PlanTransition t) {
        currentUser.require(MANAGERS);
        load(id);
        return issue(id, t, null);
    }

    /** Demo data: issue a plan as the system, on the given day. */
    @Transactional
    public PlanDto issueSystem(long id, LocalDate issuedOn) {
        return issue(id, new PlanTransition(ISSUE, null, issuedOn), "system");
    }

    private PlanDto issue(long id, PlanTransition t, String systemActor) {
        // two officers pressing "Issue" together: the second waits here and then finds the plan issued (a
        // locking read sees the latest committed status, where the transaction's snapshot may be older)
        String current = (String) em.createNativeQuery("select status from plan where id = ?1 for update")
                .setParameter(1, id).getSingleResult();
        boolean draft = PlanStatus.DRAFT.name().equals(current);
        if (!ISSUE.equals(t.action()) || !draft) {
            throw ProblemException.notAllowed(t.action(), draft ? List.of(ISSUE) : List.of());
        }
        Plan p = Plan.findById(id);
        LocalDate on = t.issuedOn() == null ? LocalDate.now() : t.issuedOn();
        List<FieldError> errors = new ArrayList<>();
        if (on.isAfter(LocalDate.now())) {
            errors.add(err("issuedOn", "issued-on-future"));
        }
        if (TextFold.isBlank(p.signerName)) {
            errors.add(err("signerName", "required-to-issue"));
        }
        if (TextFold.isBlank(p.signerTitle)) {
            errors.add(err("signerTitle", "required-to-issue"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PlanDto before = dto(p);
        int seq = systemActor == null ? numbers.next(p.issuingOrgUnitId, on.getYear(), KIND)
                : numbers.nextDuringBootstrap(p.issuingOrgUnitId, on.getYear(), KIND);
        p.numberYear = on.getYear();
        p.numberSeq = seq;
        p.number = DocumentNumbers.format(seq, symbol);
        p.issuedOn = on;
        p.status = PlanStatus.ISSUED;
        p.persistAndFlush();
        PlanDto after = dto(p);
        if (systemActor == null) {
            audit.record(ISSUE, "plan", p.id, before, after);
        } else {
            audit.recordAs(systemActor, ISSUE, "plan", p.id, before, after);
        }
        return after;
    }

    private void validate(PlanWrite w, boolean scoped) {
        List<FieldError> errors = new ArrayList<>();
        if (scoped && !scope.visible(w.issuingOrgUnitId())) {
            errors.add(err("issuingOrgUnitId", "unit-not-found"));
        }
        if (w.movementIds() != null && !w.movementIds().isEmpty()) {
            Set<Long> distinct = new LinkedHashSet<>(w.movementIds());
            if (distinct.size() != w.movementIds().size()) {
                errors.add(err("movementIds", "movement-duplicate"));
            } else if (movements.summaries(distinct).size() != distinct.size()) {
                errors.add(err("movementIds", "movement-not-found"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static FieldError err(String field, String key) {
        return new FieldError(field, Messages.KEY_PREFIX + key);
    }

    private static String text(String s) {
        return TextFold.isBlank(s) ? null : s.strip();
    }

    private void apply(Plan p, PlanWrite w) {
        p.issuingOrgUnitId = w.issuingOrgUnitId();
        p.year = w.year();
        p.setTitle(w.title().trim());
        p.purposes = text(w.purposes());
        p.contents = text(w.contents());
        p.forms = text(w.forms());
        p.implementation = text(w.implementation());
        p.signerName = text(w.signerName());
        p.signerTitle = text(w.signerTitle());
        p.signerPrefix = text(w.signerPrefix());
        p.legalBases.clear();
        if (w.legalBases() != null) {
            for (LegalBasisDto b : w.legalBases()) {
                Plan.LegalBasis basis = new Plan.LegalBasis();
                basis.number = b.number().trim();
                basis.date = b.date();
                basis.issuer = text(b.issuer());
                basis.title = text(b.title());
                p.legalBases.add(basis);
            }
        }
        p.recipients.clear();
        if (w.recipients() != null) {
            w.recipients().forEach(r -> p.recipients.add(r.trim()));
        }
        p.movementIds.clear();
        if (w.movementIds() != null) {
            p.movementIds.addAll(w.movementIds());
        }
    }
}
