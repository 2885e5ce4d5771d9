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
 * GET /api/v1/activities (list and search) and /activities/totals (search-totals): the statements of
 * docs/activities.md that ActivityService runs per request, with the same WHERE as RecordQuery builds. "list": the
 * totals row, the page's ids (newest first, id the tie-breaker) and the page's rows with their unit names. "search"
 * (the SPA's page request, totals=false): the page's ids by RecordSearch.pageIds and their rows. "search-totals":
 * RecordSearch's probe and the sums over every match. Parameters (from the scenario):
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
        // as OrgScope.subtree + RecordQuery: no unit filter when the subtree is every unit
        boolean whole = units.size() == vn.thidua.bench.Db.scalarLong(c, "select count(*) from org_unit");
        StringBuilder where = new StringBuilder(whole ? "1 = 1" : "a.org_unit_id IN ("
                + String.join(",", Collections.nCopies(units.size(), "?")) + ")");
        List<Object> params = new ArrayList<>(whole ? List.of() : units);
        String period = opts.get("period");
        if (period != null) {
            int y = Integer.parseInt(period);
            where.append(" AND a.start_date >= ? AND a.start_date <= ?");
            params.add(Date.valueOf(LocalDate.of(y - 1, 12, 15)));
            params.add(Date.valueOf(LocalDate.of(y, 12, 14)));
        }
        String q = opts.get("q");
        StringBuilder match = new StringBuilder();
        List<Object> matchParams = new ArrayList<>();
        StringBuilder likes = new StringBuilder();
        List<Object> likeParams = new ArrayList<>();
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
                match.append(" AND MATCH(a.search_folded) AGAINST (? IN BOOLEAN MODE)");
                matchParams.add(ft.toString());
            }
            for (String w : folded.split(" ")) {
                if (!w.isEmpty()) {
                    likes.append(" AND a.search_folded LIKE ?");
                    likeParams.add("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
        }
        if (name.equals("search-totals")) {
            return searchTotals(c, subtree, root, where.toString(), params, match.toString(), matchParams,
                    likes.toString(), likeParams);
        }
        if (name.equals("search")) {
            return searchPage(c, subtree, root, size, where.toString(), params, match.toString(), matchParams,
                    likes.toString(), likeParams);
        }
        PreparedStatement totals;
        List<Object> totalParams = params;
        if (period != null) {
            // as ActivityService.totals: a period is whole half-months, summed from activity_tally (buckets from
            // 15/12 of the year before to the bucket of 1/12, the one that holds 14/12)
            int y = Integer.parseInt(period);
            totals = c.prepareStatement("SELECT COALESCE(SUM(a.records), 0), COALESCE(SUM(a.participants), 0),"
                    + " COALESCE(SUM(a.beneficiaries), 0), COALESCE(SUM(a.gift_count), 0),"
                    + " COALESCE(SUM(a.gift_cash_vnd), 0), COALESCE(SUM(a.gift_in_kind_vnd), 0) FROM activity_tally a"
                    + " WHERE " + (whole ? "1 = 1" : "a.org_unit_id IN (" + String.join(",",
                    Collections.nCopies(units.size(), "?")) + ")") + " AND a.bucket >= ? AND a.bucket <= ?");
            totalParams = new ArrayList<>(whole ? List.of() : units);
            totalParams.add(Date.valueOf(LocalDate.of(y - 1, 12, 15)));
            totalParams.add(Date.valueOf(LocalDate.of(y, 12, 1)));
        } else {
            totals = c.prepareStatement(SUMS + FROM_SCOPED + where);
        }
        List<Object> totalsParams = totalParams;
        PreparedStatement page = c.prepareStatement("SELECT a.id" + FROM_SCOPED + where
                + " ORDER BY a.start_date DESC, a.id DESC LIMIT ? OFFSET ?");
        RowsBySize rows = new RowsBySize(c, size);
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
            rows.read(ids(page));
        };
    }

    private static final String SUMS = "SELECT COUNT(*), COALESCE(SUM(a.participants), 0),"
            + " COALESCE(SUM(a.beneficiaries), 0), COALESCE(SUM(a.gift_count), 0),"
            + " COALESCE(SUM(a.gift_cash_vnd), 0), COALESCE(SUM(a.gift_in_kind_vnd), 0)";
    private static final String NEWEST = " ORDER BY a.start_date DESC, a.id DESC";
    /** RecordSearch's sizes: the newest rows a page reads per row it needs (in turn), at most; the probe. */
    private static final int[] ROWS_PER_MATCH = {8, 50};
    private static final int MAX_BUDGET = 20_000;
    private static final int PROBE = 1000;
    private static final double SCAN_SHARE = 0.01;

    /**
     * As ActivityService.list with totals=false and RecordSearch.pageIds: q's LIKE over the newest rows of the
     * filtered set (size + 1 of them wanted, 8 then 50 rows read per row wanted); when they do not fill the page and
     * the set is larger, the full-text way.
     */
    private static Op searchPage(Connection c, PreparedStatement subtree, long root, int size, String where,
                                 List<Object> params, String match, List<Object> matchParams, String likes,
                                 List<Object> likeParams) throws SQLException {
        int limit = size + 1;
        List<Object> newestParams = new ArrayList<>(params);
        newestParams.addAll(likeParams);
        List<PreparedStatement> newest = new ArrayList<>();
        List<PreparedStatement> more = new ArrayList<>();
        List<Integer> budgets = new ArrayList<>();
        for (int perMatch : ROWS_PER_MATCH) {
            int budget = limit * perMatch;
            if (budget > MAX_BUDGET) {
                break;
            }
            budgets.add(budget);
            newest.add(c.prepareStatement("SELECT a.id FROM (SELECT a.id, a.start_date, a.search_folded"
                    + FROM_SCOPED + where + NEWEST + " LIMIT " + budget + ") a WHERE 1 = 1" + likes + NEWEST
                    + " LIMIT ? OFFSET ?"));
            more.add(c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1" + FROM_SCOPED + where
                    + " LIMIT " + (budget + 1) + ") a"));
        }
        PreparedStatement indexed = c.prepareStatement("SELECT a.id" + FROM_SCOPED + where + match + likes + NEWEST
                + " LIMIT ? OFFSET ?");
        List<Object> indexedParams = new ArrayList<>(params);
        indexedParams.addAll(matchParams);
        indexedParams.addAll(likeParams);
        RowsBySize rows = new RowsBySize(c, limit);
        return r -> {
            subtreeIds(subtree, root);
            List<Long> ids = null;
            for (int k = 0; k < budgets.size() && ids == null; k++) {
                PreparedStatement ps = newest.get(k);
                int i = bind(ps, newestParams);
                ps.setInt(i++, limit);
                ps.setLong(i, 0);
                List<Long> found = ids(ps);
                if (found.size() == limit) {
                    ids = found;
                    break;
                }
                bind(more.get(k), params);
                try (ResultSet rs = more.get(k).executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) <= budgets.get(k)) {
                        ids = found;
                    }
                }
            }
            if (ids == null) {
                int i = bind(indexed, indexedParams);
                indexed.setInt(i++, limit);
                indexed.setLong(i, 0);
                ids = ids(indexed);
            }
            rows.read(ids.size() > size ? ids.subList(0, size) : ids);
        };
    }

    /**
     * As ActivityService.totals with q (GET /activities/totals) and RecordSearch.forWholeSet: the probe of the newest
     * rows, then the sums over every match, scanned with LIKE when the words are common, through MATCH when rare.
     */
    private static Op searchTotals(Connection c, PreparedStatement subtree, long root, String where,
                                   List<Object> params, String match, List<Object> matchParams, String likes,
                                   List<Object> likeParams) throws SQLException {
        PreparedStatement probe = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN 1 = 1" + likes
                + " THEN 1 ELSE 0 END), 0) FROM (SELECT a.search_folded" + FROM_SCOPED + where + NEWEST + " LIMIT "
                + PROBE + ") a");
        List<Object> probeParams = new ArrayList<>(likeParams);
        probeParams.addAll(params);
        PreparedStatement scan = c.prepareStatement(SUMS + FROM_SCOPED + where + likes);
        List<Object> scanParams = new ArrayList<>(params);
        scanParams.addAll(likeParams);
        PreparedStatement indexed = c.prepareStatement(SUMS + FROM_SCOPED + where + match + likes);
        List<Object> indexedParams = new ArrayList<>(params);
        indexedParams.addAll(matchParams);
        indexedParams.addAll(likeParams);
        return r -> {
            subtreeIds(subtree, root);
            bind(probe, probeParams);
            long rowsRead;
            long matches;
            try (ResultSet rs = probe.executeQuery()) {
                rs.next();
                rowsRead = rs.getLong(1);
                matches = rs.getLong(2);
            }
            boolean byScan = rowsRead < PROBE || matches >= SCAN_SHARE * rowsRead;
            PreparedStatement sums = byScan ? scan : indexed;
            bind(sums, byScan ? scanParams : indexedParams);
            CeilingQuery.drain(sums.executeQuery());
        };
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The page's rows with their unit names, one prepared statement per page size. */
    private static final class RowsBySize {
        private final Connection c;
        private final PreparedStatement[] bySize;

        RowsBySize(Connection c, int max) {
            this.c = c;
            this.bySize = new PreparedStatement[max + 1];
        }

        void read(List<Long> ids) throws SQLException {
            if (ids.isEmpty()) {
                return;
            }
            PreparedStatement rows = bySize[ids.size()];
            if (rows == null) {
                rows = c.prepareStatement("SELECT a.*, u.name AS org_unit_name FROM activity a JOIN org_unit u"
                        + " ON u.id = a.org_unit_id WHERE a.id IN (" + String.join(",", Collections.nCopies(ids.size(),
                        "?")) + ")");
                bySize[ids.size()] = rows;
            }
            for (int k = 0; k < ids.size(); k++) {
                rows.setLong(k + 1, ids.get(k));
            }
            CeilingQuery.drain(rows.executeQuery());
        }
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
