package vn.thidua.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.auth.CurrentUser;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;
import vn.thidua.integration.ChangeDtos.ChangeEvent;
import vn.thidua.integration.ChangeDtos.ChangePage;
import vn.thidua.movement.MovementService;
import vn.thidua.nomination.NominationService;
import vn.thidua.report.ReportService;

/**
 * The change feed as an integration client reads it: the events of the records it may see, in sequence order,
 * after an opaque cursor. Each event carries the record as the client may read it now, from its feature's
 * service (one query per type and page).
 */
@ApplicationScoped
public class ChangeFeedService {
    static final Map<String, String> SCOPE_OF = Map.of("report", Scope.REPORTS, "nomination", Scope.NOMINATIONS,
            "movement", Scope.MOVEMENTS);
    static final Map<String, String> LINK = Map.of("report", "/api/v1/reports/", "nomination", "/api/v1/nominations/",
            "movement", "/api/v1/movements/");
    static final int MAX_LIMIT = 100;

    @Inject
    CurrentUser currentUser;
    @Inject
    EntityManager em;
    @Inject
    ReportService reports;
    @Inject
    NominationService nominations;
    @Inject
    MovementService movements;

    static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1." + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long seqOf(String cursor) {
        if (TextFold.isBlank(cursor)) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (s.startsWith("v1.")) {
                long n = Long.parseLong(s.substring(3));
                if (n >= 0) {
                    return n;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem
        }
        throw ProblemException.invalid("after", "cursor-invalid");
    }

    @Transactional
    public ChangePage read(String after, String types, Integer limit) {
        if (!currentUser.isClient()) {
            throw ProblemException.of(403, "changes-for-clients");
        }
        long from = seqOf(after);
        int n = limit == null ? 50 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "between", 1, MAX_LIMIT);
        }
        Set<String> wanted = new LinkedHashSet<>();
        if (TextFold.isBlank(types)) {
            SCOPE_OF.forEach((t, s) -> {
                if (currentUser.client().has(s)) {
                    wanted.add(t);
                }
            });
        } else {
            for (String t : types.split(",")) {
                String type = t.trim().toLowerCase();
                if (!SCOPE_OF.containsKey(type)) {
                    throw ProblemException.invalid("types", "change-types");
                }
                if (!currentUser.client().has(SCOPE_OF.get(type))) {
                    throw ProblemException.of(403, "api-key-scope", SCOPE_OF.get(type));
                }
                wanted.add(type);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select seq, entity_type, entity_id, action, at, published"
                        + " from change_event where for_clients = true and seq > ?1 and entity_type in (?2)"
                        + " and (org_unit_id is null or org_unit_id in"
                        + " (select descendant_id from org_unit_closure where ancestor_id = ?3))"
                        + " order by seq limit ?4")
                .setParameter(1, from).setParameter(2, wanted).setParameter(3, currentUser.orgUnitId())
                .setParameter(4, n + 1).getResultList();
        boolean more = rows.size() > n;
        if (more) {
            rows = rows.subList(0, n);
        }
        Map<String, Set<Long>> ids = new HashMap<>();
        for (Object[] r : rows) {
            if (Boolean.TRUE.equals(bool(r[5]))) {
                ids.computeIfAbsent((String) r[1], k -> new LinkedHashSet<>()).add(((Number) r[2]).longValue());
            }
        }
        Map<Long, ?> reportData = ids.containsKey("report") ? reports.publishedSummaries(ids.get("report")) : Map.of();
        Map<Long, ?> nominationData = ids.containsKey("nomination")
                ? nominations.publishedSummaries(ids.get("nomination")) : Map.of();
        Map<Long, ?> movementData = ids.containsKey("movement") ? movements.byIds(ids.get("movement")) : Map.of();
        List<ChangeEvent> items = new ArrayList<>();
        long last = from;
        for (Object[] r : rows) {
            long seq = ((Number) r[0]).longValue();
            String type = (String) r[1];
            long id = ((Number) r[2]).longValue();
            boolean published = Boolean.TRUE.equals(bool(r[5]));
            String action = published ? (String) r[3] : ChangeLog.DELETED;
            Instant at = instant(r[4]);
            Object report = published && type.equals("report") ? reportData.get(id) : null;
            Object nomination = published && type.equals("nomination") ? nominationData.get(id) : null;
            Object movement = published && type.equals("movement") ? movementData.get(id) : null;
            items.add(new ChangeEvent(cursor(seq), type, id, action, at, LINK.get(type) + id, report, nomination,
                    movement));
            last = seq;
        }
        return new ChangePage(items, cursor(last), more);
    }

    private static Boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o instanceof Number num && num.intValue() != 0;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(o.toString());
    }
}
