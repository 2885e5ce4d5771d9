package vn.thidua.activity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a list with q finds its page and its totals (docs/activities.md, "Search"), for activities and
 * communication outputs alike. Vietnamese words are short syllables that recur everywhere ("tặng", "quà", "xã",
 * "ấp"), so a full-text index answers a common word by reading a posting list of a quarter of the table (1.2 s
 * for "tặng quà" on a million activities), while the newest rows of the filtered set, read through the date
 * index and checked by LIKE, fill a page after a few hundred rows (5 ms). The full-text index stays for rare
 * words, where it is the faster way:
 * <ul>
 *   <li>the page (newest first): LIKE over the newest rows of the filtered set, a few per row the page needs, then
 *   more; when they hold the page, or are the whole set, that is the answer; otherwise the words are rare there and
 *   MATCH finds them;</li>
 *   <li>the totals, which need every match: a probe of the newest {@link #PROBE} rows measures how
 *   common the words are; at {@link #SCAN_SHARE} or more the filtered rows are scanned with LIKE, below it MATCH
 *   narrows them first.</li>
 * </ul>
 */
public final class RecordSearch {
    /**
     * A page reads the newest {@code need × 8} rows of the filtered set first (a share of 1 in 8 or more fills it:
     * 168 rows for the first page of 20, ~1 ms on the whole province), then {@code need × 50} (1 in 50), capped.
     */
    static final int[] ROWS_PER_MATCH = {8, 50};
    static final int MAX_BUDGET = 20_000;
    /** The newest rows the totals' probe reads. */
    static final int PROBE = 1000;
    /** The share of matches in the probe from which a scan beats the full-text index. */
    static final double SCAN_SHARE = 0.01;

    private final String table;
    private final String dateColumn;
    private final int[] rowsPerMatch;
    private final int maxBudget;
    private final int probe;

    /** {@code table} with alias {@code a}; {@code dateColumn} the list's date (also the default order). */
    public RecordSearch(String table, String dateColumn) {
        this(table, dateColumn, ROWS_PER_MATCH, MAX_BUDGET, PROBE);
    }

    /** With other sizes of the newest rows read (tests reach every way on a few rows). */
    RecordSearch(String table, String dateColumn, int[] rowsPerMatch, int maxBudget, int probe) {
        this.table = table;
        this.dateColumn = dateColumn;
        this.rowsPerMatch = rowsPerMatch.clone();
        this.maxBudget = maxBudget;
        this.probe = probe;
    }

    /**
     * The ids of rows {@code offset} to {@code offset + limit - 1} of the filtered set in {@code orderBy}
     * (SQL on alias {@code a}); {@code byDate} when that order is the list's date, newest first, then id.
     */
    public List<Long> pageIds(Connection con, RecordQuery q, String orderBy, boolean byDate, long offset, int limit)
            throws SQLException {
        String tail = " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
        if (q.hasSearch() && byDate) {
            long need = offset + limit;
            List<Object> params = new ArrayList<>(q.filterParams());
            params.addAll(q.likeParams());
            for (int perMatch : rowsPerMatch) {
                if (need * perMatch > maxBudget) {
                    break;
                }
                int budget = (int) (need * perMatch);
                String newest = "SELECT a.id, a." + dateColumn + ", a.search_folded FROM " + table + " a WHERE "
                        + q.filterWhere() + " ORDER BY " + orderBy + " LIMIT " + budget;
                List<Long> ids = ids(con, "SELECT a.id FROM (" + newest + ") a WHERE 1 = 1" + q.likeWhere() + tail,
                        params, limit, offset);
                if (ids.size() == limit || !more(con, q, budget)) {
                    return ids;
                }
            }
        }
        return ids(con, "SELECT a.id FROM " + table + " a WHERE " + q.where() + tail, q.params(), limit, offset);
    }

    /**
     * The query to read every match of q with (totals, export): q as given when its words are rare among the
     * newest rows of the filtered set, otherwise without the full-text MATCH ({@link RecordQuery#scanOnly()}).
     */
    public RecordQuery forWholeSet(Connection con, RecordQuery q) throws SQLException {
        if (!q.hasSearch()) {
            return q;
        }
        String sql = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN 1 = 1" + q.likeWhere() + " THEN 1 ELSE 0 END), 0)"
                + " FROM (SELECT a.search_folded FROM " + table + " a WHERE " + q.filterWhere()
                + " ORDER BY a." + dateColumn + " DESC, a.id DESC LIMIT " + probe + ") a";
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int i = RecordQuery.bind(ps, 1, q.likeParams());
            RecordQuery.bind(ps, i, q.filterParams());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long rows = rs.getLong(1);
                long matches = rs.getLong(2);
                return rows < probe || matches >= SCAN_SHARE * rows ? q.scanOnly() : q;
            }
        }
    }

    /** True when the filtered set (without q) has more than {@code budget} rows. */
    private boolean more(Connection con, RecordQuery q, int budget) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " a WHERE "
                + q.filterWhere() + " LIMIT " + (budget + 1) + ") a")) {
            RecordQuery.bind(ps, 1, q.filterParams());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > budget;
            }
        }
    }

    private static List<Long> ids(Connection con, String sql, List<Object> params, int limit, long offset)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            int i = RecordQuery.bind(ps, 1, params);
            ps.setInt(i++, limit);
            ps.setLong(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
