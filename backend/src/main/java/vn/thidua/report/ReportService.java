package vn.thidua.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.DocumentNumbers;
import vn.thidua.common.Etags;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.Periods;
import vn.thidua.common.Periods.Period;
import vn.thidua.common.ProblemException;
import vn.thidua.integration.ChangeLog;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitDto;
import vn.thidua.org.OrgUnitService;
import vn.thidua.report.ReportDtos.ChildReport;
import vn.thidua.report.ReportDtos.Completeness;
import vn.thidua.report.ReportDtos.CompletenessRow;
import vn.thidua.report.ReportDtos.Consolidation;
import vn.thidua.report.ReportDtos.HistoryEntry;
import vn.thidua.report.ReportDtos.Narrative;
import vn.thidua.report.ReportDtos.ReportCreate;
import vn.thidua.report.ReportDtos.ReportSummary;
import vn.thidua.report.ReportDtos.ReportUpdate;
import vn.thidua.report.ReportDtos.ReportView;

/**
 * Reports: one per unit and period. A draft shows live figures; SUBMIT freezes them; RETURN (with a comment)
 * makes it editable again; APPROVE belongs to an officer of a parent level (the province's own report: its
 * leader); SEND marks an approved report delivered to the Emulation–Commendation Board.
 */
@ApplicationScoped
public class ReportService {
    static final Map<String, String> SORTABLE = Map.of("period", "periodCode", "status", "status",
            "updatedAt", "updatedAt", "id", "id");
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CurrentUser currentUser;
    @Inject
    OrgScope scope;
    @Inject
    OrgUnitService orgUnits;
    @Inject
    FiguresService figures;
    @Inject
    Periods periods;
    @Inject
    DocumentNumbers numbers;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper mapper;
    @Inject
    ChangeLog changes;

    /** What integration clients see: reports delivered to the Board. */
    static boolean published(ReportStatus s) {
        return s == ReportStatus.SENT;
    }

    @ConfigProperty(name = "app.report.symbol", defaultValue = "BC-CTĐ")
    String symbol;

    @ConfigProperty(name = "app.report.deadline-days", defaultValue = "7")
    int deadlineDays;

    /** A report period: a year or its first half (a second half has no report of its own). */
    Period reportPeriod(String code) {
        Period p = periods.parse(code);
        if (p.code().endsWith("S2")) {
            throw ProblemException.invalid("period", "report-period");
        }
        return p;
    }

    @Transactional
    public PageResult<ReportSummary> list(Long orgUnitId, String period, ReportStatus status, Instant updatedSince,
                                          Integer page, Integer size, String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "updatedAt,desc");
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(scope.inSubtree("orgUnitId", scope.filterRoot(orgUnitId), p));
        if (period != null) {
            p.put("period", periods.parse(period).code());
            where.append(" and periodCode = :period");
        }
        if (status != null) {
            where.append(" and status = :status");
            p.put("status", status);
        }
        if (currentUser.isClient()) {
            where.append(" and status = :published");
            p.put("published", ReportStatus.SENT);
        }
        if (updatedSince != null) {
            where.append(" and updatedAt >= :updatedSince");
            p.put("updatedSince", updatedSince);
        }
        var q = Report.<Report>find(where.toString(), pr.sort(), p).page(pr.panachePage());
        return new PageResult<>(q.list().stream().map(this::summary).toList(), pr.page(), pr.size(), q.count());
    }

    ReportSummary summary(Report r) {
        return new ReportSummary(r.id, r.orgUnitId, orgUnits.nameOf(r.orgUnitId), r.periodCode, r.status,
                r.documentNumber, r.submittedAt, r.approvedAt, r.sentAt, r.version, r.updatedAt);
    }

    Report load(long id) {
        Report r = Report.findById(id);
        if (r == null || !scope.visible(r.orgUnitId) || (currentUser.isClient() && !published(r.status))) {
            throw ProblemException.notFound();
        }
        return r;
    }

    /** The change feed's view of these reports: those the caller may read as a client, by id. */
    @Transactional
    public Map<Long, ReportSummary> publishedSummaries(java.util.Collection<Long> ids) {
        Map<Long, ReportSummary> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Report.<Report>list("id in ?1 and status = ?2 and orgUnitId in (select c.descendantId from OrgUnitClosure c"
                        + " where c.ancestorId = ?3)", ids, ReportStatus.SENT, scope.root())
                .forEach(r -> out.put(r.id, summary(r)));
        return out;
    }

    @Transactional
    public ReportView get(long id) {
        return view(load(id));
    }

    @Transactional
    public Created create(ReportCreate c) {
        currentUser.require(Role.BRANCH_OFFICER, Role.PROVINCIAL_OFFICER);
        scope.requireVisibleField("orgUnitId", c.orgUnitId());
        Period p = reportPeriod(c.period());
        if (Report.count("orgUnitId = ?1 and periodCode = ?2", c.orgUnitId(), p.code()) > 0) {
            throw ProblemException.conflict("report-exists", p.code());
        }
        Report r = new Report();
        r.orgUnitId = c.orgUnitId();
        r.periodCode = p.code();
        r.periodYear = Integer.parseInt(p.code().substring(0, 4));
        r.status = ReportStatus.DRAFT;
        apply(r, c.narrative() == null ? Narrative.EMPTY : c.narrative(), c.signerName(), c.signerTitle(),
                c.signerPrefix(), c.recipients());
        r.persistAndFlush();
        ReportView v = view(r);
        audit.record("CREATE", "report", r.id, null, summary(r));
        changes.record("report", r.id, ChangeLog.CREATED, r.orgUnitId, published(r.status), false);
        return new Created(v, r.id, r.version);
    }

    @Transactional
    public ReportView update(long id, String ifMatch, ReportUpdate u) {
        Report r = load(id);
        requireEditor(r);
        Etags.require(ifMatch, r.version);
        if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
            throw ProblemException.conflict("report-not-editable");
        }
        ReportView before = view(r);
        apply(r, u.narrative(), u.signerName(), u.signerTitle(), u.signerPrefix(), u.recipients());
        r.persistAndFlush();
        ReportView after = view(r);
        audit.record("UPDATE", "report", r.id, before.narrative(), after.narrative());
        changes.record("report", r.id, ChangeLog.UPDATED, r.orgUnitId, published(r.status), published(r.status));
        return after;
    }

    private void apply(Report r, Narrative n, String signerName, String signerTitle, String signerPrefix,
                       List<String> recipients) {
        r.results = n.results();
        r.limitations = n.limitations();
        r.lessons = n.lessons();
        r.directions = n.directions();
        r.proposals = n.proposals();
        r.signerName = blank(signerName);
        r.signerTitle = blank(signerTitle);
        r.signerPrefix = blank(signerPrefix);
        r.recipients = recipients == null || recipients.isEmpty() ? null
                : String.join("\n", recipients.stream().map(String::trim).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Transactional
    public ReportView transition(long id, ReportAction action, String comment) {
        Report r = load(id);
        List<ReportAction> allowed = allowedActions(r);
        if (!allowed.contains(action)) {
            if (!hasAnyRight(r, action)) {
                throw ProblemException.forbidden();
            }
            throw ProblemException.notAllowed(action.name(), allowed.stream().map(Enum::name).toList());
        }
        if (action == ReportAction.RETURN && (comment == null || comment.isBlank())) {
            throw ProblemException.invalid("comment", "comment-required");
        }
        ReportStatus from = r.status;
        Instant now = Instant.now();
        switch (action) {
            case SUBMIT -> {
                r.status = ReportStatus.SUBMITTED;
                r.figuresJson = json(figures.compute(r.orgUnitId, reportPeriod(r.periodCode)));
                // whole seconds: MySQL Connector/J drops fractions on MariaDB (it reads the server as 5.5.5),
                // so records' updated_at are whole seconds too; "changed since" compares like with like
                r.snapshotAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                r.submittedAt = now;
                if (r.documentNumber == null) {
                    int year = LocalDate.now(VN).getYear();
                    r.documentNumber = DocumentNumbers.format(numbers.next(r.orgUnitId, year, "BC"), symbol);
                    r.issuedOn = LocalDate.now(VN);
                }
            }
            case RETURN -> {
                r.status = ReportStatus.RETURNED;
                r.figuresJson = null;
                r.snapshotAt = null;
            }
            case APPROVE -> {
                r.status = ReportStatus.APPROVED;
                r.approvedAt = now;
            }
            case SEND -> {
                r.status = ReportStatus.SENT;
                r.sentAt = now;
            }
            default -> throw new IllegalStateException();
        }
        ReportTransition t = new ReportTransition();
        t.reportId = r.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = r.status;
        t.actor = currentUser.username();
        t.at = now;
        t.comment = blank(comment);
        t.persist();
        r.persistAndFlush();
        audit.record(action.name(), "report", r.id, Map.of("status", from), Map.of("status", r.status));
        ReportView after = view(r);
        changes.record("report", r.id, ChangeLog.TRANSITIONED, r.orgUnitId, published(r.status), published(from));
        return after;
    }

    @Transactional
    public List<HistoryEntry> history(long id) {
        load(id);
        return ReportTransition.<ReportTransition>find("reportId", Sort.by("id"), id).stream()
                .map(t -> new HistoryEntry(t.id, t.action, t.fromStatus, t.toStatus, t.actor, t.at, t.comment))
                .toList();
    }

    // ---- who may do what ----

    boolean isEditor(Report r) {
        return currentUser.hasRole(Role.BRANCH_OFFICER, Role.PROVINCIAL_OFFICER) && scope.visible(r.orgUnitId);
    }

    void requireEditor(Report r) {
        if (!isEditor(r)) {
            throw ProblemException.forbidden();
        }
    }

    /** An officer of a parent level; for the root unit's own report, its leader. */
    boolean isApprover(Report r) {
        long mine = currentUser.orgUnitId();
        if (mine != r.orgUnitId) {
            return currentUser.hasRole(Role.PROVINCIAL_OFFICER, Role.LEADER, Role.BRANCH_OFFICER)
                    && scope.contains(mine, r.orgUnitId);
        }
        return currentUser.hasRole(Role.LEADER) && orgUnits.load(r.orgUnitId).parentId == null;
    }

    /** Delivery to the Board is the province's: its officers and leaders. */
    boolean isSender() {
        return currentUser.hasRole(Role.PROVINCIAL_OFFICER, Role.LEADER)
                && orgUnits.load(currentUser.orgUnitId()).parentId == null;
    }

    boolean hasAnyRight(Report r, ReportAction a) {
        return switch (a) {
            case SUBMIT -> isEditor(r);
            case RETURN, APPROVE -> isApprover(r);
            case SEND -> isSender();
        };
    }

    List<ReportAction> allowedActions(Report r) {
        List<ReportAction> out = new ArrayList<>();
        switch (r.status) {
            case DRAFT, RETURNED -> {
                if (isEditor(r)) {
                    out.add(ReportAction.SUBMIT);
                }
            }
            case SUBMITTED -> {
                if (isApprover(r)) {
                    out.add(ReportAction.RETURN);
                    out.add(ReportAction.APPROVE);
                }
            }
            case APPROVED -> {
                if (isSender()) {
                    out.add(ReportAction.SEND);
                }
            }
            default -> {
            }
        }
        return out;
    }

    // ---- the view ----

    ReportView view(Report r) {
        Period p = reportPeriod(r.periodCode);
        boolean frozen = r.figuresJson != null;
        Figures f = frozen ? parse(r.figuresJson) : figures.compute(r.orgUnitId, p);
        Consolidation consolidation = consolidate(r, p);
        f = withChildReports(f, consolidation);
        long changed = frozen ? figures.changedSince(r.orgUnitId, p, r.snapshotAt) : 0;
        List<String> recipients = r.recipients == null ? List.of() : Arrays.asList(r.recipients.split("\n"));
        return new ReportView(r.id, r.orgUnitId, orgUnits.nameOf(r.orgUnitId), r.periodCode, p.from(), p.to(),
                r.status, new Narrative(r.results, r.limitations, r.lessons, r.directions, r.proposals), recipients,
                r.documentNumber, r.issuedOn, r.signerName, r.signerTitle, r.signerPrefix, f, frozen, r.snapshotAt,
                changed, consolidation, allowedActions(r), r.submittedAt, r.approvedAt, r.sentAt, r.version,
                r.createdAt, r.updatedAt);
    }

    /** The children's reports of the period, and the children still without an approved one. */
    Consolidation consolidate(Report r, Period p) {
        List<OrgUnitDto> children = orgUnits.childrenActiveBetween(r.orgUnitId, p.from(), p.to());
        Map<Long, Report> byUnit = new HashMap<>();
        if (!children.isEmpty()) {
            Report.<Report>find("orgUnitId in ?1 and periodCode = ?2",
                            children.stream().map(OrgUnitDto::id).toList(), r.periodCode)
                    .stream().forEach(cr -> byUnit.put(cr.orgUnitId, cr));
        }
        List<ChildReport> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (OrgUnitDto c : children) {
            Report cr = byUnit.get(c.id());
            rows.add(new ChildReport(c.id(), c.name(), cr == null ? null : cr.id, cr == null ? null : cr.status));
            if (cr == null || (cr.status != ReportStatus.APPROVED && cr.status != ReportStatus.SENT)) {
                missing.add(c.name());
            }
        }
        return new Consolidation(rows, missing);
    }

    /** Child rows from the children's approved reports' frozen figures where there is one. */
    Figures withChildReports(Figures f, Consolidation c) {
        Map<Long, ChildReport> reports = new HashMap<>();
        c.children().forEach(cr -> reports.put(cr.orgUnitId(), cr));
        List<Figures.ChildRow> rows = new ArrayList<>();
        for (Figures.ChildRow row : f.children()) {
            ChildReport cr = reports.get(row.orgUnitId());
            if (cr != null && (cr.status() == ReportStatus.APPROVED || cr.status() == ReportStatus.SENT)) {
                Report child = Report.findById(cr.reportId());
                Figures cf = child.figuresJson == null ? null : parse(child.figuresJson);
                Map<String, Long> headline = cf == null ? row.values() : headline(cf, row.values());
                rows.add(new Figures.ChildRow(row.orgUnitId(), row.name(), row.level(), row.validTo(), headline,
                        "REPORT", cr.reportId(), cr.status().name()));
            } else {
                rows.add(new Figures.ChildRow(row.orgUnitId(), row.name(), row.level(), row.validTo(), row.values(),
                        "LIVE", cr == null ? null : cr.reportId(),
                        cr == null || cr.status() == null ? null : cr.status().name()));
            }
        }
        return new Figures(f.orgUnitId(), f.orgUnitName(), f.period(), f.from(), f.to(), f.sections(), rows);
    }

    /** The headline columns of a frozen report, taken from its section totals under the live row's column names. */
    static Map<String, Long> headline(Figures frozen, Map<String, Long> liveColumns) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String col : liveColumns.keySet()) {
            Long v = null;
            for (Map.Entry<String, Figures.Section> s : frozen.sections().entrySet()) {
                String prefix = s.getKey() + ".";
                if (col.startsWith(prefix)) {
                    v = s.getValue().total().get(col.substring(prefix.length()));
                }
            }
            out.put(col, v == null ? liveColumns.get(col) : v);
        }
        return out;
    }

    // ---- completeness ----

    @Transactional
    public Completeness completeness(long parentId, String period) {
        scope.requireVisible(parentId);
        Period p = reportPeriod(period);
        LocalDate deadline = p.to().plusDays(deadlineDays);
        Instant deadlineEnd = deadline.plusDays(1).atStartOfDay(VN).toInstant();
        List<OrgUnitDto> children = orgUnits.childrenActiveBetween(parentId, p.from(), p.to());
        Map<Long, Report> byUnit = new HashMap<>();
        if (!children.isEmpty()) {
            Report.<Report>find("orgUnitId in ?1 and periodCode = ?2", children.stream().map(OrgUnitDto::id).toList(),
                    p.code()).stream().forEach(r -> byUnit.put(r.orgUnitId, r));
        }
        List<CompletenessRow> rows = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of("NOT_STARTED", "DRAFT", "SUBMITTED_ON_TIME", "SUBMITTED_LATE", "RETURNED", "APPROVED",
                "SENT")) {
            counts.put(s, 0L);
        }
        for (OrgUnitDto c : children) {
            Report r = byUnit.get(c.id());
            String state;
            Boolean onTime = null;
            if (r == null) {
                state = "NOT_STARTED";
            } else {
                if (r.submittedAt != null) {
                    onTime = !r.submittedAt.isAfter(deadlineEnd);
                }
                state = switch (r.status) {
                    case DRAFT -> "DRAFT";
                    case SUBMITTED -> Boolean.TRUE.equals(onTime) ? "SUBMITTED_ON_TIME" : "SUBMITTED_LATE";
                    case RETURNED -> "RETURNED";
                    case APPROVED -> "APPROVED";
                    case SENT -> "SENT";
                };
            }
            counts.merge(state, 1L, Long::sum);
            rows.add(new CompletenessRow(c.id(), c.name(), c.level().name(), r == null ? null : r.id, state,
                    r == null ? null : r.submittedAt, onTime));
        }
        return new Completeness(parentId, p.code(), deadline, rows, counts);
    }

    // ---- json ----

    private String json(Figures f) {
        try {
            return mapper.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Figures parse(String json) {
        try {
            return mapper.readValue(json, Figures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
