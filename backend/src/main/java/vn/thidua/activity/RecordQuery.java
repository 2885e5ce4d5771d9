package vn.thidua.activity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thidua.common.TextFold;
import vn.thidua.org.OrgScope;

/**
 * The WHERE clause of a scoped, filtered list of activities or communication outputs, as plain JDBC SQL
 * with `?` parameters, shared by the page, the totals row and the export so they always agree.
 * The scope is the subtree's unit ids as constants, {@code a.org_unit_id IN (?, ...)} (from
 * {@code OrgScope.subtreeIds}): with a date range the database then reads one range of the (org_unit_id, date)
 * index per unit instead of every date of every unit (a closure join narrows only the unit: 5× the rows on
 * five years of records). A subtree that is the whole tree (the province's officers) gives no unit filter at all.
 */
public final class RecordQuery {
    /** InnoDB's default full-text stopwords of three letters or more: never sent to MATCH. */
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    /** innodb_ft_min_token_size: shorter words are not in the full-text index. */
    static final int MIN_FT_TOKEN = 3;

    /** Scope, filters and dates: the part an index can range over. */
    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    /** q's MATCH, when a word can use the full-text index. */
    private String match = "";
    private final List<Object> matchParams = new ArrayList<>();
    /** q's LIKE per word. */
    private final StringBuilder likes = new StringBuilder();
    private final List<Object> likeParams = new ArrayList<>();

    public RecordQuery(List<Long> unitIds) {
        this(new OrgScope.Subtree(unitIds, false));
    }

    /** The subtree's units; none at all when it is the whole tree (every record is in it). */
    public RecordQuery(OrgScope.Subtree units) {
        if (units.ids().isEmpty()) {
            where.append("1 = 0");
            return;
        }
        if (units.whole()) {
            where.append("1 = 1");
            return;
        }
        where.append("a.org_unit_id IN (").append(String.join(",", java.util.Collections.nCopies(units.ids().size(),
                "?"))).append(')');
        params.addAll(units.ids());
    }

    public RecordQuery eq(String column, Object value) {
        if (value != null) {
            where.append(" AND a.").append(column).append(" = ?");
            params.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    public RecordQuery range(String column, LocalDate from, LocalDate to) {
        if (from != null) {
            where.append(" AND a.").append(column).append(" >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND a.").append(column).append(" <= ?");
            params.add(to);
        }
        return this;
    }

    /**
     * q on the folded column: every word must occur. Words of three letters or more (not stopwords) go to
     * the full-text index as required prefixes ({@code +word*}), which narrows a million rows to a few;
     * each word is then confirmed with LIKE, which also covers the short words the index does not hold.
     */
    public RecordQuery search(String q) {
        if (TextFold.isBlank(q)) {
            return this;
        }
        String folded = TextFold.fold(q);
        StringBuilder ft = new StringBuilder();
        for (String word : folded.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String bare = word.replaceAll("[^\\p{L}\\p{N}]", "");
            if (bare.length() >= MIN_FT_TOKEN && bare.equals(word) && !STOPWORDS.contains(bare)) {
                ft.append(ft.isEmpty() ? "" : " ").append('+').append(bare).append('*');
            }
        }
        if (!ft.isEmpty()) {
            match = " AND MATCH(a.search_folded) AGAINST (? IN BOOLEAN MODE)";
            matchParams.add(ft.toString());
        }
        for (String word : folded.split(" ")) {
            if (!word.isEmpty()) {
                likes.append(" AND a.search_folded LIKE ?");
                likeParams.add(TextFold.containsPattern(word));
            }
        }
        return this;
    }

    /** True when q is given: the set is then narrowed by words, which no B-tree index can range over. */
    public boolean hasSearch() {
        return !likes.isEmpty();
    }

    /** The whole WHERE: filters, then q through the full-text index and LIKE. */
    public String where() {
        return where + match + likes;
    }

    public List<Object> params() {
        List<Object> all = new ArrayList<>(params);
        all.addAll(matchParams);
        all.addAll(likeParams);
        return all;
    }

    /** The filters without q (the rows a search reads, newest first, through the date indexes). */
    public String filterWhere() {
        return where.toString();
    }

    public List<Object> filterParams() {
        return params;
    }

    /** q's words as LIKE conditions, starting with " AND " (empty without q). */
    public String likeWhere() {
        return likes.toString();
    }

    public List<Object> likeParams() {
        return likeParams;
    }

    /**
     * Drops q's full-text MATCH and keeps its LIKE per word: the filtered rows are then read through the date
     * indexes and each is checked by LIKE (faster than the full-text index when q's words are common).
     */
    public RecordQuery scanOnly() {
        match = "";
        matchParams.clear();
        return this;
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement ps) throws SQLException {
        return bind(ps, 1, params());
    }

    /** Binds values from index {@code from}; returns the next free index. */
    public static int bind(PreparedStatement ps, int from, List<Object> values) throws SQLException {
        int i = from;
        for (Object p : values) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
