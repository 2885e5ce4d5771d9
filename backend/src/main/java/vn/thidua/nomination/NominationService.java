package vn.thidua.nomination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
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
import vn.thidua.common.Periods;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.integration.ChangeLog;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;
import vn.thidua.report.FigureTally;

@ApplicationScoped
public class NominationService {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String ENTITY = "nomination";
    static final Map<String, String> SORTABLE = Map.of("id", "id", "createdAt", "createdAt", "updatedAt", "updatedAt",
            "submittedOn", "submittedOn", "title", "title", "nomineeName", "nomineeName", "status", "status");
    /** Fields that change with every write and say nothing about what the user edited. */
    static final Set<String> NOT_EDITS = Set.of("version", "updatedAt", "createdAt", "allowedActions", "editable",
            "orgUnitName");

    @Inject
    CurrentUser currentUser;

    @Inject
    NominationFigures figures;

    @Inject
    OrgScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    MovementLookup movements;

    @Inject
    AuditLog audit;

    @Inject
    Periods periods;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    ChangeLog changes;

    /** What integration clients see: nominations recognised or further along (honoured, replicated). */
    static final Set<NominationStatus> PUBLISHED = java.util.EnumSet.of(NominationStatus.RECOGNIZED,
            NominationStatus.HONORED, NominationStatus.REPLICATED);

    /** The list filters, shared by the list and the counts. */
    public record Filter(List<NominationStatus> status, Category category, Long orgUnitId, Long movementId,
                         String period, LocalDate from, LocalDate to, String q, Instant updatedSince) {
    }

    NominationDto dto(Nomination n) {
        if (currentUser.isClient()) {
            return NominationDto.of(n, orgUnits.nameOf(n.orgUnitId), List.of(), false).forClient();
        }
        Role role = currentUser.role();
        return NominationDto.of(n, orgUnits.nameOf(n.orgUnitId), Workflow.allowed(role, n.status),
                Workflow.editable(role, n.status));
    }

    /** The nomination, or 404 when it is outside the caller's subtree. */
    Nomination load(long id) {
        Nomination n = Nomination.findById(id);
        if (n == null || !scope.visible(n.orgUnitId) || (currentUser.isClient() && !PUBLISHED.contains(n.status))) {
            throw ProblemException.notFound();
        }
        return n;
    }

    /** The change feed's view of these nominations: those the caller may read as a client, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, NominationSummary> publishedSummaries(java.util.Collection<Long> ids) {
        Map<Long, NominationSummary> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Nomination> rows = Nomination.list("id in ?1 and status in ?2 and orgUnitId in (select c.descendantId"
                + " from OrgUnitClosure c where c.ancestorId = ?3)", ids, PUBLISHED, scope.root());
        Map<Long, String> names = orgUnits.namesOf(rows.stream().map(n -> n.orgUnitId).toList());
        rows.forEach(n -> out.put(n.id, NominationSummary.of(n, names.get(n.orgUnitId))));
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<NominationSummary> list(Filter f, Integer page, Integer size, String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "id,desc");
        Map<String, Object> p = new HashMap<>();
        String where = where(f, p, true);
        // the page's ids first, then the columns of those rows the list shows: the ids and the count come from the index
        // alone (ix_nomination_status_submitted for the review queue), so only the page's 20 rows are read
        var idQuery = em.createQuery("select n.id from Nomination n where " + where + " order by " + pr.orderBy("n"),
                Long.class).setFirstResult(pr.page() * pr.size()).setMaxResults(pr.size());
        p.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select " + NominationSummary.COLUMNS + " from Nomination n where n.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList().forEach(r -> byId.put((Long) r[0], r));
        }
        List<Object[]> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        var countQuery = em.createQuery("select count(n) from Nomination n where " + where, Long.class);
        p.forEach(countQuery::setParameter);
        Map<Long, String> names = orgUnits.namesOf(rows.stream().map(r -> (Long) r[7]).toList());
        return new PageResult<>(rows.stream().map(r -> NominationSummary.of(r, names)).toList(),
                pr.page(), pr.size(), countQuery.getSingleResult());
    }

    /** How many nominations are in each status under the same filters (the status filter itself aside). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NominationStatus, Long> counts(Filter f) {
        Map<String, Object> p = new HashMap<>();
        String where = where(f, p, false);
        var q = em.createQuery("select n.status, count(n) from Nomination n where " + where + " group by n.status",
                Object[].class);
        p.forEach(q::setParameter);
        Map<NominationStatus, Long> out = new EnumMap<>(NominationStatus.class);
        for (NominationStatus s : NominationStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] r : q.getResultList()) {
            out.put((NominationStatus) r[0], (Long) r[1]);
        }
        return out;
    }

    private String where(Filter f, Map<String, Object> p, boolean withStatus) {
        StringBuilder w = new StringBuilder(scope.inSubtree("orgUnitId", scope.filterRoot(f.orgUnitId()), p));
        if (withStatus && f.status() != null && !f.status().isEmpty()) {
            w.append(" and status in :status");
            p.put("status", f.status());
        }
        if (currentUser.isClient()) {
            w.append(" and status in :published");
            p.put("published", PUBLISHED);
        }
        if (f.updatedSince() != null) {
            w.append(" and updatedAt >= :updatedSince");
            p.put("updatedSince", f.updatedSince());
        }
        if (f.category() != null) {
            w.append(" and category = :category");
            p.put("category", f.category());
        }
        if (f.movementId() != null) {
            w.append(" and movementId = :movementId");
            p.put("movementId", f.movementId());
        }
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (!TextFold.isBlank(f.period())) {
            Periods.Period period = periods.parse(f.period());
            from = from == null || period.from().isAfter(from) ? period.from() : from;
            to = to == null || period.to().isBefore(to) ? period.to() : to;
        }
        if (from != null) {
            w.append(" and submittedOn >= :from");
            p.put("from", from);
        }
        if (to != null) {
            w.append(" and submittedOn <= :to");
            p.put("to", to);
        }
        if (!TextFold.isBlank(f.q())) {
            w.append(" and searchFolded like :q");
            p.put("q", TextFold.containsPattern(f.q()));
        }
        return w.toString();
    }

    /** Whether the nomination exists in the caller's subtree (for records that link to one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean visible(long id) {
        Nomination n = Nomination.findById(id);
        return n != null && scope.visible(n.orgUnitId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationDto get(long id) {
        return dto(load(id));
    }

    @Transactional
    public Created create(NominationWrite w) {
        if (!Workflow.canCreate(currentUser.role())) {
            throw ProblemException.forbidden();
        }
        validate(w);
        Nomination n = new Nomination();
        apply(n, w);
        n.status = NominationStatus.DRAFT;
        n.createdBy = currentUser.username();
        n.persistAndFlush();
        step(n, "CREATE", null, NominationStatus.DRAFT, null);
        NominationDto dto = dto(n);
        audit.record("CREATE", ENTITY, n.id, null, dto.forAudit());
        changes.record(ENTITY, n.id, ChangeLog.CREATED, n.orgUnitId, PUBLISHED.contains(n.status), false);
        return new Created(dto, n.id, n.version);
    }

    @Transactional
    public NominationDto update(long id, String ifMatch, NominationWrite w) {
        Nomination n = load(id);
        requireEditable(n);
        Etags.require(ifMatch, n.version);
        validate(w);
        NominationDto before = dto(n).forAudit();
        List<FigureTally.Fact> counted = figures.facts(n);
        apply(n, w);
        n.persistAndFlush();
        NominationDto after = dto(n);
        audit.record("UPDATE", ENTITY, n.id, before, after.forAudit());
        List<String> changed = changedFields(before, after.forAudit());
        if (!changed.isEmpty()) {
            NominationEvent e = event(n, "EDIT", null, null, null);
            e.changedFields = String.join(",", changed);
            e.persist();
        }
        boolean published = PUBLISHED.contains(n.status);
        changes.record(ENTITY, n.id, ChangeLog.UPDATED, n.orgUnitId, published, published);
        figures.recount(n, counted);
        return after;
    }

    /** 403 for a role that never edits nominations, 409 when the status does not allow edits. */
    void requireEditable(Nomination n) {
        if (!Workflow.NOMINATORS.contains(currentUser.role())) {
            throw ProblemException.forbidden();
        }
        if (!Workflow.EDITABLE.contains(n.status)) {
            throw ProblemException.conflict("nomination-not-editable", n.status.name());
        }
    }

    @Transactional
    public NominationDto transition(long id, String ifMatch, TransitionRequest t) {
        Nomination n = load(id);
        Role role = currentUser.role();
        NominationAction action = t.action();
        if (!Workflow.roleMay(role, action)) {
            throw ProblemException.forbidden();
        }
        List<String> allowed = Workflow.allowed(role, n.status);
        if (!allowed.contains(action.name())) {
            throw ProblemException.notAllowed(action.name(), allowed);
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.require(ifMatch, n.version);
        }
        String comment = TextFold.isBlank(t.comment()) ? null : t.comment().trim();
        List<FieldError> errors = new ArrayList<>();
        NominationReplication replication = null;
        switch (action) {
            case RETURN, REJECT -> {
                if (comment == null) {
                    errors.add(err("comment", action == NominationAction.REJECT ? "reason-required" : "comment-required"));
                }
            }
            case HONOR -> {
                Honor h = t.honor();
                if (h == null || TextFold.isBlank(h.decisionNumber())) {
                    errors.add(err("honor.decisionNumber", "required"));
                }
                if (h == null || h.decisionDate() == null) {
                    errors.add(err("honor.decisionDate", "required"));
                } else if (h.decisionDate().isAfter(LocalDate.now(ZONE))) {
                    errors.add(err("honor.decisionDate", "not-in-future"));
                }
                if (h == null || TextFold.isBlank(h.form())) {
                    errors.add(err("honor.form", "required"));
                }
            }
            case REPLICATE -> replication = replication(t.replication(), n, errors);
            default -> {
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        NominationDto before = dto(n).forAudit();
        List<FigureTally.Fact> counted = figures.facts(n);
        NominationStatus from = n.status;
        n.status = Workflow.target(action);
        if (action == NominationAction.SUBMIT && n.submittedOn == null) {
            n.submittedOn = LocalDate.now(ZONE);
        }
        if (action == NominationAction.HONOR) {
            n.honorDecisionNumber = t.honor().decisionNumber().trim();
            n.honorDecisionDate = t.honor().decisionDate();
            n.honorForm = t.honor().form().trim();
        }
        if (replication != null) {
            replication.persist();
        }
        n.updatedAt = Instant.now(); // a step is a change (new version) even when the status stays REPLICATED
        n.persistAndFlush();
        step(n, action.name(), from, n.status, comment);
        NominationDto after = dto(n);
        audit.record(action.name(), ENTITY, n.id, before, after.forAudit());
        changes.record(ENTITY, n.id, ChangeLog.TRANSITIONED, n.orgUnitId, PUBLISHED.contains(n.status),
                PUBLISHED.contains(from));
        figures.recount(n, counted);
        return after;
    }

    private NominationReplication replication(ReplicationWrite r, Nomination n, List<FieldError> errors) {
        if (r == null) {
            errors.add(err("replication", "required"));
            return null;
        }
        String name = TextFold.isBlank(r.adoptingUnitName()) ? null : r.adoptingUnitName().trim();
        if (r.adoptingOrgUnitId() != null) {
            if (!scope.visible(r.adoptingOrgUnitId())) {
                errors.add(err("replication.adoptingOrgUnitId", "unit-not-found"));
            } else if (name == null) {
                name = orgUnits.nameOf(r.adoptingOrgUnitId());
            }
        } else if (name == null) {
            errors.add(err("replication.adoptingUnitName", "required"));
        }
        if (r.replicatedOn() == null) {
            errors.add(err("replication.replicatedOn", "required"));
        } else if (r.replicatedOn().isAfter(LocalDate.now(ZONE))) {
            errors.add(err("replication.replicatedOn", "not-in-future"));
        } else if (n.honorDecisionDate != null && r.replicatedOn().isBefore(n.honorDecisionDate)) {
            errors.add(err("replication.replicatedOn", "replication-before-honor"));
        }
        NominationReplication x = new NominationReplication();
        x.nominationId = n.id;
        x.adoptingOrgUnitId = r.adoptingOrgUnitId();
        x.adoptingUnitName = name;
        x.replicatedOn = r.replicatedOn();
        x.notes = TextFold.isBlank(r.notes()) ? null : r.notes().trim();
        x.createdBy = currentUser.username();
        x.createdAt = Instant.now();
        return x;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReplicationDto> replications(long id) {
        load(id);
        return NominationReplication.<NominationReplication>find("nominationId = ?1 order by replicatedOn, id", id)
                .list().stream().map(ReplicationDto::of).toList();
    }

    /** The timeline: the creation, workflow steps and the edits between them, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        load(id);
        return NominationEvent.<NominationEvent>list("nominationId = ?1 order by id", id).stream()
                .map(e -> new HistoryEntry(e.action.equals("EDIT") ? "EDIT" : "TRANSITION", e.at, e.actor, e.actorName,
                        e.action, e.fromStatus, e.toStatus, e.comment,
                        e.changedFields == null ? null : List.of(e.changedFields.split(","))))
                .toList();
    }

    /** The names of the fields that differ between two versions of the record as the API shows it. */
    List<String> changedFields(NominationDto before, NominationDto after) {
        JsonNode b = mapper.valueToTree(before);
        JsonNode a = mapper.valueToTree(after);
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!NOT_EDITS.contains(f) && !Objects.equals(b.get(f), a.get(f))) {
                out.add(f);
            }
        }
        return out;
    }

    private void step(Nomination n, String action, NominationStatus from, NominationStatus to, String comment) {
        event(n, action, from, to, comment).persist();
    }

    private NominationEvent event(Nomination n, String action, NominationStatus from, NominationStatus to,
                                  String comment) {
        NominationEvent t = new NominationEvent();
        t.nominationId = n.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = currentUser.username();
        t.actorName = currentUser.get().fullName;
        t.at = Instant.now();
        t.comment = comment;
        return t;
    }

    private void validate(NominationWrite w) {
        List<FieldError> errors = new ArrayList<>();
        if (w.nomineeType() == NomineeType.COLLECTIVE) {
            if (w.memberCount() == null) {
                errors.add(err("memberCount", "required-for-collective"));
            }
            if (w.gender() != null) {
                errors.add(err("gender", "not-for-collective"));
            }
            if (w.birthYear() != null) {
                errors.add(err("birthYear", "not-for-collective"));
            }
        } else if (w.memberCount() != null) {
            errors.add(err("memberCount", "not-for-individual"));
        }
        if (w.birthYear() != null && w.birthYear() > Year.now(ZONE).getValue()) {
            errors.add(err("birthYear", "not-in-future"));
        }
        if (!scope.visible(w.orgUnitId())) {
            errors.add(err("orgUnitId", "unit-not-found"));
        }
        if (w.movementId() != null && !movements.visible(w.movementId())) {
            errors.add(err("movementId", "movement-not-found"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static FieldError err(String field, String key) {
        return new FieldError(field, Messages.KEY_PREFIX + key);
    }

    private static String clean(String s) {
        return TextFold.isBlank(s) ? null : s.trim();
    }

    private void apply(Nomination n, NominationWrite w) {
        n.category = w.category();
        n.nomineeType = w.nomineeType();
        n.nomineeName = w.nomineeName().trim();
        boolean individual = w.nomineeType() == NomineeType.INDIVIDUAL;
        n.gender = individual ? w.gender() : null;
        n.birthYear = individual ? w.birthYear() : null;
        n.memberCount = individual ? null : w.memberCount();
        n.position = clean(w.position());
        n.workplace = clean(w.workplace());
        n.contact = clean(w.contact());
        n.field = clean(w.field());
        n.movementId = w.movementId();
        n.title = w.title().trim();
        n.achievements = w.achievements().trim();
        n.publicConsent = Boolean.TRUE.equals(w.publicConsent());
        n.orgUnitId = w.orgUnitId();
        n.refold();
    }

    // --- for the attachment owner and the public showcase ---

    @Transactional
    public void requireReadable(long id) {
        load(id);
    }

    @Transactional
    public void requireAttachmentsEditable(long id) {
        requireEditable(load(id));
    }
}
