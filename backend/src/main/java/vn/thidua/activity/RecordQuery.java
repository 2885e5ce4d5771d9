package vn.thidua.activity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thidua.common.TextFold;

/**
 * The WHERE clause of a scoped, filtered list of activities or communication outputs, as plain JDBC SQL
 * with `?` parameters, shared by the page, the totals row and the export so they always agree.
 * The scope is the subtree's unit ids as constants, {@code a.org_unit_id IN (?, ...)} (from
 * {@code OrgScope.subtreeIds}): with a date range the database then reads one range of the (org_unit_id, date)
 * index per unit instead of every date of every unit (a closure join narrows only the unit: 5× the rows on
 * five years of records).
 */
public final class RecordQuery {
    /** InnoDB's default full-text stopwords of three letters or more: never sent to MATCH. */
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");
    /** innodb_ft_min_token_size: shorter words are not in the full-text index. */
    static final int MIN_FT_TOKEN = 3;

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public RecordQuery(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            where.append("1 = 0");
            return;
        }
        where.append("a.org_unit_id IN (").append(String.join(",", java.util.Collections.nCopies(unitIds.size(), "?")))
                .append(')');
        params.addAll(unitIds);
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
            where.append(" AND MATCH(a.search_folded) AGAINST (? IN BOOLEAN MODE)");
            params.add(ft.toString());
        }
        for (String word : folded.split(" ")) {
            if (!word.isEmpty()) {
                where.append(" AND a.search_folded LIKE ?");
                params.add(TextFold.containsPattern(word));
            }
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public List<Object> params() {
        return params;
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
