package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.bench.Fold;

/**
 * GET /api/v1/activities (list and search): the three statements of docs/activities.md that ActivityService.list
 * runs per request — the totals row, the page's ids (newest first, id the tie-breaker) and the page's rows with
 * their unit names — with the same WHERE as RecordQuery builds. Parameters (from the scenario):
 * {@code --org-unit ID} (the scope root; default admin's root), {@code --period YEAR}, {@code --q TEXT},
 * {@code --size 20}.
 */
public final class ActivityListCeiling implements CeilingQuery {
    /** RecordQuery's stopwords and minimum full-text token. */
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    private static final String FROM_SCOPED = " FROM activity a WHERE ";
    private final String name;

    public ActivityListCeiling(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"activity", "org_unit", "org_unit_closure"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        return open(c, Map.of());
    }

    @Override
    public Op open(Connection c, Map<String, String> opts) throws SQLException {
        long root = opts.containsKey("org-unit") ? Long.parseLong(opts.get("org-unit"))
                : vn.thidua.bench.Db.scalarLong(c, "select org_unit_id from user_account where username = 'admin'");
        int size = Integer.parseInt(opts.getOrDefault("size", "20"));
        // as OrgScope.subtreeIds + RecordQuery: the subtree's unit ids, then org_unit_id IN (...)
        PreparedStatement subtree = c.prepareStatement(
                "select descendant_id from org_unit_closure where ancestor_id = ? order by descendant_id");
        List<Long> units = subtreeIds(subtree, root);
        StringBuilder where = new StringBuilder("a.org_unit_id IN (")
                .append(String.join(",", Collections.nCopies(units.size(), "?"))).append(')');
        List<Object> params = new ArrayList<>(units);
        String period = opts.get("period");
        if (period != null) {
            int y = Integer.parseInt(period);
            where.append(" AND a.start_date >= ? AND a.start_date <= ?");
            params.add(Date.valueOf(LocalDate.of(y - 1, 12, 15)));
            params.add(Date.valueOf(LocalDate.of(y, 12, 14)));
        }
        String q = opts.get("q");
        if (q != null && !q.isBlank()) {
            String folded = Fold.fold(q);
            StringBuilder ft = new StringBuilder();
            for (String w : folded.split(" ")) {
                String bare = w.replaceAll("[^\\p{L}\\p{N}]", "");
                if (!w.isEmpty() && bare.length() >= 3 && bare.equals(w) && !STOPWORDS.contains(bare)) {
                    ft.append(ft.isEmpty() ? "" : " ").append('+').append(bare).append('*');
                }
            }
            if (!ft.isEmpty()) {
                where.append(" AND MATCH(a.search_folded) AGAINST (? IN BOOLEAN MODE)");
                params.add(ft.toString());
            }
            for (String w : folded.split(" ")) {
                if (!w.isEmpty()) {
                    where.append(" AND a.search_folded LIKE ?");
                    params.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
        }
        PreparedStatement totals;
        List<Object> totalParams = params;
        if ((q == null || q.isBlank()) && period != null) {
            // as ActivityService.totals: a period is whole half-months, summed from activity_tally (buckets from
            // 15/12 of the year before to the bucket of 1/12, the one that holds 14/12)
            int y = Integer.parseInt(period);
            totals = c.prepareStatement("SELECT COALESCE(SUM(a.records), 0), COALESCE(SUM(a.participants), 0),"
                    + " COALESCE(SUM(a.beneficiaries), 0), COALESCE(SUM(a.gift_count), 0),"
                    + " COALESCE(SUM(a.gift_cash_vnd), 0), COALESCE(SUM(a.gift_in_kind_vnd), 0) FROM activity_tally a"
                    + " WHERE a.org_unit_id IN (" + String.join(",", Collections.nCopies(units.size(), "?"))
                    + ") AND a.bucket >= ? AND a.bucket <= ?");
            totalParams = new ArrayList<>(units);
            totalParams.add(Date.valueOf(LocalDate.of(y - 1, 12, 15)));
            totalParams.add(Date.valueOf(LocalDate.of(y, 12, 1)));
        } else {
            totals = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(a.participants), 0),"
                    + " COALESCE(SUM(a.beneficiaries), 0), COALESCE(SUM(a.gift_count), 0),"
                    + " COALESCE(SUM(a.gift_cash_vnd), 0), COALESCE(SUM(a.gift_in_kind_vnd), 0)" + FROM_SCOPED + where);
        }
        List<Object> totalsParams = totalParams;
        PreparedStatement page = c.prepareStatement("SELECT a.id" + FROM_SCOPED + where
                + " ORDER BY a.start_date DESC, a.id DESC LIMIT ? OFFSET ?");
        PreparedStatement[] rowsBySize = new PreparedStatement[size + 1];
        return r -> {
            subtreeIds(subtree, root);
            bind(totals, totalsParams);
            long count;
            try (ResultSet rs = totals.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
                for (int i = 2; i <= 6; i++) {
                    rs.getLong(i);
                }
            }
            if (count == 0) {
                return;
            }
            int i = bind(page, params);
            page.setInt(i++, size);
            page.setLong(i, 0);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            PreparedStatement rows = rowsBySize[ids.size()];
            if (rows == null) {
                rows = c.prepareStatement("SELECT a.*, u.name AS org_unit_name FROM activity a JOIN org_unit u"
                        + " ON u.id = a.org_unit_id WHERE a.id IN (" + String.join(",", Collections.nCopies(ids.size(),
                        "?")) + ")");
                rowsBySize[ids.size()] = rows;
            }
            for (int k = 0; k < ids.size(); k++) {
                rows.setLong(k + 1, ids.get(k));
            }
            CeilingQuery.drain(rows.executeQuery());
        };
    }

    static List<Long> subtreeIds(PreparedStatement subtree, long root) throws SQLException {
        subtree.setLong(1, root);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = subtree.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
