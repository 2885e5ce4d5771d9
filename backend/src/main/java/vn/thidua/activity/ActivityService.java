package vn.thidua.activity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.auth.CurrentUser;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.FieldError;
import vn.thidua.common.Messages;
import vn.thidua.common.PageRequest;
import vn.thidua.common.Periods;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.common.Rows;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;

/**
 * Activities: recording (from the field, retried safely through Idempotency-Key), the province's checking,
 * and the scoped, filtered list with its totals. Reads are plain SQL (docs/activities.md lists them and the
 * indexes they use); writes go through the entity.
 */
@ApplicationScoped
public class ActivityService {
    static final String ENTITY = "activity";
    static final Map<String, String> SORTABLE = Scoped.sortable("startDate", "a.start_date", "title", "a.title",
            "createdAt", "a.created_at", "id", "id");
    static final String FROM_SCOPED = " FROM activity a"
            + " WHERE ";
    static final RecordSearch SEARCH = new RecordSearch("activity", "start_date");

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgScope scope;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditLog audit;

    @Inject
    Checking checking;

    @Inject
    LinkedRecords links;

    @Inject
    Periods periods;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ActivityTally tally;

    @Inject
    AttachmentService attachments;

    /** The WHERE of the filtered set; 404 for an orgUnitId outside the caller's subtree. */
    public RecordQuery query(ActivityFilter f) {
        return query(f, scope.subtree(scope.filterRoot(f.orgUnitId())), range(f));
    }

    private LocalDate[] range(ActivityFilter f) {
        return Scoped.range(periods, f.period(), f.from(), f.to());
    }

    private static RecordQuery query(ActivityFilter f, OrgScope.Subtree units, LocalDate[] range) {
        return new RecordQuery(units)
                .eq("type", f.type()).eq("status", f.status()).eq("movement_id", f.movementId())
                .eq("nomination_id", f.nominationId()).range("start_date", range[0], range[1]).search(f.q());
    }

    /**
     * A page of the filtered set, newest first by default, and (with {@code withTotals}) the totals of the whole
     * set. A search's page comes from the newest rows (RecordSearch); its totals read every match, so the SPA asks
     * for them separately ({@link #totals(ActivityFilter)}) and shows the page first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityPage list(ActivityFilter f, Integer page, Integer size, String sort, boolean withTotals) {
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "startDate,desc");
        OrgScope.Subtree units = scope.subtree(scope.filterRoot(f.orgUnitId()));
        LocalDate[] range = range(f);
        RecordQuery q = query(f, units, range);
        try (Connection con = dataSource.getConnection()) {
            ActivityTotals totals = withTotals ? totals(con, f, units, range, q) : null;
            long offset = (long) pr.page() * pr.size();
            List<Long> ids = List.of();
            if (totals == null || offset < totals.records()) {
                String orderBy = Scoped.orderBy(pr);
                ids = SEARCH.pageIds(con, q, orderBy, orderBy.startsWith("a.start_date "), offset, pr.size() + 1);
            }
            boolean more = ids.size() > pr.size();
            List<ActivityDto> items = rows(con, more ? ids.subList(0, pr.size()) : ids);
            return new ActivityPage(items, pr.page(), pr.size(), more, totals == null ? null : totals.records(),
                    totals);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The totals of the whole filtered set alone (the row under a search's page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityTotals totals(ActivityFilter f) {
        OrgScope.Subtree units = scope.subtree(scope.filterRoot(f.orgUnitId()));
        LocalDate[] range = range(f);
        try (Connection con = dataSource.getConnection()) {
            return totals(con, f, units, range, query(f, units, range));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The totals row. Filtered by unit, period/dates, type and status only (the list as the province browses it):
     * the half-month tallies for the whole half-months of the range plus the records of the days at its edges.
     * With q, a movement or a nomination: the records themselves, in one pass over the covering index.
     */
    private ActivityTotals totals(Connection con, ActivityFilter f, OrgScope.Subtree units, LocalDate[] range,
                                  RecordQuery q) throws SQLException {
        ActivityTally.Split split = ActivityTally.split(range[0], range[1]);
        boolean plain = TextFold.isBlank(f.q()) && f.movementId() == null && f.nominationId() == null;
        if (!plain || !split.usesTally()) {
            return totals(con, SEARCH.forWholeSet(con, q), FROM_SCOPED);
        }
        ActivityTotals t = totals(con, new RecordQuery(units).eq("type", f.type()).eq("status", f.status())
                .range("bucket", split.tallyFrom(), split.tallyTo()), TALLY_SUMS);
        for (LocalDate[] r : split.rawRanges()) {
            t = t.plus(totals(con, query(f, units, r), FROM_SCOPED));
        }
        return t;
    }

    private static final String TALLY_SUMS = " FROM activity_tally a WHERE ";
    private static final String RECORD_SUMS = "SELECT COUNT(*), COALESCE(SUM(a.participants), 0),"
            + " COALESCE(SUM(a.beneficiaries), 0), COALESCE(SUM(a.gift_count), 0),"
            + " COALESCE(SUM(a.gift_cash_vnd), 0), COALESCE(SUM(a.gift_in_kind_vnd), 0)";

    /** Count and sums, from the records (FROM_SCOPED) or from the tallies (TALLY_SUMS). */
    private ActivityTotals totals(Connection con, RecordQuery q, String from) throws SQLException {
        String select = from.equals(TALLY_SUMS) ? RECORD_SUMS.replace("COUNT(*)", "COALESCE(SUM(a.records), 0)")
                : RECORD_SUMS;
        try (PreparedStatement ps = con.prepareStatement(select + from + q.where())) {
            q.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ActivityTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6));
            }
        }
    }

    /** One page's rows with their unit names, in the order of the ids. */
    private List<ActivityDto> rows(Connection con, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, ActivityDto> byId = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT a.*, u.name AS org_unit_name FROM activity a"
                + " JOIN org_unit u ON u.id = a.org_unit_id WHERE a.id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ActivityDto d = map(rs);
                    byId.put(d.id(), d);
                }
            }
        }
        List<ActivityDto> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ActivityDto d = byId.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private ActivityDto map(ResultSet rs) throws SQLException {
        CheckStatus status = CheckStatus.valueOf(rs.getString("status"));
        return new ActivityDto(rs.getLong("id"), ActivityType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("location"), rs.getLong("org_unit_id"), rs.getString("org_unit_name"),
                Rows.longOrNull(rs, "movement_id"), Rows.longOrNull(rs, "nomination_id"), Rows.intOrNull(rs, "participants"),
                Rows.intOrNull(rs, "beneficiaries"), Rows.intOrNull(rs, "gift_count"), Rows.longOrNull(rs, "gift_cash_vnd"),
                Rows.longOrNull(rs, "gift_in_kind_vnd"), rs.getString("description"), status,
                rs.getString("review_comment"), rs.getString("reviewed_by"), Rows.instant(rs, "reviewed_at"),
                rs.getString("created_by"), checking.editable(status), checking.allowedActions(status),
                rs.getLong("version"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    ActivityDto dto(Activity a) {
        return new ActivityDto(a.id, a.type, a.title, a.startDate, a.endDate, a.location, a.orgUnitId,
                orgUnits.nameOf(a.orgUnitId), a.movementId, a.nominationId, a.participants, a.beneficiaries,
                a.giftCount, a.giftCashVnd, a.giftInKindVnd, a.description, a.status, a.reviewComment, a.reviewedBy,
                a.reviewedAt, a.createdBy, checking.editable(a.status), checking.allowedActions(a.status), a.version,
                a.createdAt, a.updatedAt);
    }

    /** 404 outside the caller's subtree. */
    Activity load(long id) {
        Activity a = Activity.findById(id);
        if (a == null || !scope.visible(a.orgUnitId)) {
            throw ProblemException.notFound();
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityDto get(long id) {
        return dto(load(id));
    }

    @Transactional
    public Created create(ActivityWrite w) {
        checking.requireWriter();
        Activity a = new Activity();
        apply(a, validate(w));
        a.status = CheckStatus.SUBMITTED;
        a.createdBy = checking.actor();
        a.persistAndFlush();
        ActivityDto dto = dto(a);
        audit.record("CREATE", ENTITY, a.id, null, dto);
        tally.change(null, ActivityTally.of(a));
        return new Created(dto, a.id, a.version);
    }

    @Transactional
    public ActivityDto update(long id, String ifMatch, ActivityWrite w) {
        Activity a = load(id);
        checking.requireEditable(a.status);
        Etags.require(ifMatch, a.version);
        ActivityWrite valid = validate(w);
        ActivityDto before = dto(a);
        ActivityTally.Entry counted = ActivityTally.of(a);
        apply(a, valid);
        a.persistAndFlush();
        ActivityDto after = dto(a);
        audit.record("UPDATE", ENTITY, a.id, before, after);
        tally.change(counted, ActivityTally.of(a));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Activity a = load(id);
        checking.requireEditable(a.status);
        Etags.require(ifMatch, a.version);
        ActivityDto before = dto(a);
        ActivityTally.Entry counted = ActivityTally.of(a);
        attachments.deleteAllOf(ActivityAttachments.TYPE, id);
        a.delete();
        audit.record("DELETE", ENTITY, id, before, null);
        tally.change(counted, null);
    }

    /** For its attachments: 404 outside the caller's subtree. */
    @Transactional
    public void requireReadable(long id) {
        load(id);
    }

    /** Photos and documents change while the record does: officers, until it is verified (403, 409). */
    @Transactional
    public void requireAttachmentsEditable(long id) {
        checking.requireEditable(load(id).status);
    }

    @Transactional
    public ActivityDto transition(long id, Transition t) {
        Activity a = load(id);
        ActivityDto before = dto(a);
        ActivityTally.Entry counted = ActivityTally.of(a);
        checking.review(a, t);
        a.persistAndFlush();
        ActivityDto after = dto(a);
        audit.record(t.action().name(), ENTITY, a.id, before, after);
        tally.change(counted, ActivityTally.of(a));
        return after;
    }

    /** The rules beyond the field annotations; returns the write with the defaults filled in. */
    ActivityWrite validate(ActivityWrite w) {
        List<FieldError> errors = new ArrayList<>();
        Long unit = w.orgUnitId() == null ? currentUser.orgUnitId() : w.orgUnitId();
        if (!scope.visible(unit)) {
            errors.add(err("orgUnitId", "unit-not-found"));
        }
        if (w.endDate() != null && w.endDate().isBefore(w.startDate())) {
            errors.add(err("endDate", "end-before-start"));
        }
        boolean gift = w.type() == ActivityType.GIFT_VISIT;
        if (!gift) {
            if (nonZero(w.giftCount())) {
                errors.add(err("giftCount", "gift-only-on-gift-visit"));
            }
            if (nonZero(w.giftCashVnd())) {
                errors.add(err("giftCashVnd", "gift-only-on-gift-visit"));
            }
            if (nonZero(w.giftInKindVnd())) {
                errors.add(err("giftInKindVnd", "gift-only-on-gift-visit"));
            }
        }
        if (w.movementId() != null && (w.movementId() < 1 || !links.movementVisible(w.movementId()))) {
            errors.add(err("movementId", "movement-not-found"));
        }
        if (w.nominationId() != null && (w.nominationId() < 1 || !links.nominationVisible(w.nominationId()))) {
            errors.add(err("nominationId", "nomination-not-found"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ActivityWrite(w.type(), w.title(), w.startDate(), w.endDate(), w.location(), unit, w.movementId(),
                w.nominationId(), w.participants(), w.beneficiaries(), gift ? w.giftCount() : null,
                gift ? w.giftCashVnd() : null, gift ? w.giftInKindVnd() : null, w.description());
    }

    private static boolean nonZero(Number n) {
        return n != null && n.longValue() != 0;
    }

    private static FieldError err(String field, String key) {
        return new FieldError(field, Messages.KEY_PREFIX + key);
    }

    private void apply(Activity a, ActivityWrite w) {
        a.type = w.type();
        a.title = w.title().trim();
        a.startDate = w.startDate();
        a.endDate = w.endDate();
        a.location = Scoped.blankToNull(w.location());
        a.orgUnitId = w.orgUnitId();
        a.movementId = w.movementId();
        a.nominationId = w.nominationId();
        a.participants = w.participants();
        a.beneficiaries = w.beneficiaries();
        a.giftCount = w.giftCount();
        a.giftCashVnd = w.giftCashVnd();
        a.giftInKindVnd = w.giftInKindVnd();
        a.description = Scoped.blankToNull(w.description());
        a.searchFolded = Scoped.folded(a.title, a.location);
    }
}
