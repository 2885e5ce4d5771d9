package vn.thidua.communication;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.activity.CheckStatus;
import vn.thidua.activity.Checking;
import vn.thidua.activity.LinkedRecords;
import vn.thidua.activity.RecordQuery;
import vn.thidua.activity.RecordSearch;
import vn.thidua.activity.Scoped;
import vn.thidua.activity.Transition;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.auth.CurrentUser;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.FieldError;
import vn.thidua.common.Messages;
import vn.thidua.common.PageRequest;
import vn.thidua.report.FigureTally;
import vn.thidua.common.Periods;
import vn.thidua.common.ProblemException;
import vn.thidua.common.Rows;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;

/** Communication outputs: the same recording, checking and listing as activities, on publishedOn. */
@ApplicationScoped
public class CommunicationService {
    static final String ENTITY = "communication";
    static final Map<String, String> SORTABLE = Scoped.sortable("publishedOn", "a.published_on", "title", "a.title",
            "createdAt", "a.created_at", "id", "id");
    static final String FROM_SCOPED = " FROM communication a"
            + " WHERE ";
    static final RecordSearch SEARCH = new RecordSearch("communication", "published_on");

    @Inject
    FigureTally figureTally;

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
    AttachmentService attachments;

    public RecordQuery query(CommunicationFilter f) {
        LocalDate[] range = Scoped.range(periods, f.period(), f.from(), f.to());
        return new RecordQuery(scope.subtree(scope.filterRoot(f.orgUnitId())))
                .eq("channel", f.channel()).eq("status", f.status()).eq("movement_id", f.movementId())
                .eq("nomination_id", f.nominationId()).range("published_on", range[0], range[1]).search(f.q());
    }

    /** As ActivityService.list: the page, and the totals unless {@code withTotals} is false. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunicationPage list(CommunicationFilter f, Integer page, Integer size, String sort, boolean withTotals) {
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "publishedOn,desc");
        RecordQuery q = query(f);
        try (Connection con = dataSource.getConnection()) {
            CommunicationTotals totals = withTotals ? totals(con, q) : null;
            long offset = (long) pr.page() * pr.size();
            List<Long> ids = List.of();
            if (totals == null || offset < totals.records()) {
                String orderBy = Scoped.orderBy(pr);
                ids = SEARCH.pageIds(con, q, orderBy, orderBy.startsWith("a.published_on "), offset, pr.size() + 1);
            }
            boolean more = ids.size() > pr.size();
            List<CommunicationDto> items = rows(con, more ? ids.subList(0, pr.size()) : ids);
            return new CommunicationPage(items, pr.page(), pr.size(), more, totals == null ? null : totals.records(),
                    totals);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The totals of the whole filtered set alone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunicationTotals totals(CommunicationFilter f) {
        RecordQuery q = query(f);
        try (Connection con = dataSource.getConnection()) {
            return totals(con, q);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommunicationTotals totals(Connection con, RecordQuery query) throws SQLException {
        RecordQuery q = SEARCH.forWholeSet(con, query);
        try (PreparedStatement ps = con.prepareStatement("SELECT COUNT(*), COALESCE(SUM(a.audience), 0),"
                + " COALESCE(SUM(a.quantity), 0)" + FROM_SCOPED + q.where())) {
            q.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new CommunicationTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    private List<CommunicationDto> rows(Connection con, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, CommunicationDto> byId = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT a.*, u.name AS org_unit_name FROM communication a"
                + " JOIN org_unit u ON u.id = a.org_unit_id WHERE a.id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CommunicationDto d = map(rs);
                    byId.put(d.id(), d);
                }
            }
        }
        List<CommunicationDto> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            CommunicationDto d = byId.get(id);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private CommunicationDto map(ResultSet rs) throws SQLException {
        CheckStatus status = CheckStatus.valueOf(rs.getString("status"));
        return new CommunicationDto(rs.getLong("id"), Channel.valueOf(rs.getString("channel")), rs.getString("title"),
                rs.getObject("published_on", LocalDate.class), rs.getString("outlet"), rs.getString("url"),
                rs.getLong("org_unit_id"), rs.getString("org_unit_name"), Rows.longOrNull(rs, "movement_id"),
                Rows.longOrNull(rs, "nomination_id"), Rows.intOrNull(rs, "audience"),
                Rows.intOrNull(rs, "quantity"), status, rs.getString("review_comment"),
                rs.getString("reviewed_by"), Rows.instant(rs, "reviewed_at"), rs.getString("created_by"),
                checking.editable(status), checking.allowedActions(status), rs.getLong("version"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    CommunicationDto dto(Communication a) {
        return new CommunicationDto(a.id, a.channel, a.title, a.publishedOn, a.outlet, a.url, a.orgUnitId,
                orgUnits.nameOf(a.orgUnitId), a.movementId, a.nominationId, a.audience, a.quantity, a.status,
                a.reviewComment, a.reviewedBy, a.reviewedAt, a.createdBy, checking.editable(a.status),
                checking.allowedActions(a.status), a.version, a.createdAt, a.updatedAt);
    }

    Communication load(long id) {
        Communication a = Communication.findById(id);
        if (a == null || !scope.visible(a.orgUnitId)) {
            throw ProblemException.notFound();
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunicationDto get(long id) {
        return dto(load(id));
    }

    @Transactional
    public Created create(CommunicationWrite w) {
        checking.requireWriter();
        Communication a = new Communication();
        apply(a, validate(w));
        a.status = CheckStatus.SUBMITTED;
        a.createdBy = checking.actor();
        a.persistAndFlush();
        CommunicationDto dto = dto(a);
        audit.record("CREATE", ENTITY, a.id, null, dto);
        figureTally.change(CommunicationFigures.SECTION, List.of(), CommunicationFigures.facts(a));
        return new Created(dto, a.id, a.version);
    }

    @Transactional
    public CommunicationDto update(long id, String ifMatch, CommunicationWrite w) {
        Communication a = load(id);
        checking.requireEditable(a.status);
        Etags.require(ifMatch, a.version);
        CommunicationWrite valid = validate(w);
        CommunicationDto before = dto(a);
        List<FigureTally.Fact> counted = CommunicationFigures.facts(a);
        apply(a, valid);
        a.persistAndFlush();
        CommunicationDto after = dto(a);
        audit.record("UPDATE", ENTITY, a.id, before, after);
        figureTally.change(CommunicationFigures.SECTION, counted, CommunicationFigures.facts(a));
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Communication a = load(id);
        checking.requireEditable(a.status);
        Etags.require(ifMatch, a.version);
        CommunicationDto before = dto(a);
        List<FigureTally.Fact> counted = CommunicationFigures.facts(a);
        attachments.deleteAllOf(CommunicationAttachments.TYPE, id);
        a.delete();
        audit.record("DELETE", ENTITY, id, before, null);
        figureTally.change(CommunicationFigures.SECTION, counted, List.of());
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
    public CommunicationDto transition(long id, Transition t) {
        Communication a = load(id);
        CommunicationDto before = dto(a);
        List<FigureTally.Fact> counted = CommunicationFigures.facts(a);
        checking.review(a, t);
        a.persistAndFlush();
        CommunicationDto after = dto(a);
        audit.record(t.action().name(), ENTITY, a.id, before, after);
        figureTally.change(CommunicationFigures.SECTION, counted, CommunicationFigures.facts(a));
        return after;
    }

    CommunicationWrite validate(CommunicationWrite w) {
        List<FieldError> errors = new ArrayList<>();
        Long unit = w.orgUnitId() == null ? currentUser.orgUnitId() : w.orgUnitId();
        if (!scope.visible(unit)) {
            errors.add(err("orgUnitId", "unit-not-found"));
        }
        String url = Scoped.blankToNull(w.url());
        if (url == null && w.channel().needsUrl()) {
            errors.add(err("url", "url-required"));
        } else if (url != null && !validUrl(url)) {
            errors.add(err("url", "url-invalid"));
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
        return new CommunicationWrite(w.channel(), w.title(), w.publishedOn(), w.outlet(), url, unit, w.movementId(),
                w.nominationId(), w.audience(), w.quantity());
    }

    /** An absolute http or https address with a host. */
    static boolean validUrl(String s) {
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static FieldError err(String field, String key) {
        return new FieldError(field, Messages.KEY_PREFIX + key);
    }

    private void apply(Communication a, CommunicationWrite w) {
        a.channel = w.channel();
        a.title = w.title().trim();
        a.publishedOn = w.publishedOn();
        a.outlet = Scoped.blankToNull(w.outlet());
        a.url = w.url();
        a.orgUnitId = w.orgUnitId();
        a.movementId = w.movementId();
        a.nominationId = w.nominationId();
        a.audience = w.audience();
        a.quantity = w.quantity();
        a.searchFolded = Scoped.folded(a.title, a.outlet);
    }
}
