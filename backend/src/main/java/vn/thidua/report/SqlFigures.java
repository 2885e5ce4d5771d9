package vn.thidua.report;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;

/**
 * The shape every table-backed {@link FigureSource} shares: sums of some columns of one table, grouped by a key
 * column, over a unit's subtree (its units from the closure table) and a date range. A feature describes its table;
 * this runs the queries (section, per child subtree, per month, changed since) in one statement each.
 */
public final class SqlFigures {
    /** A summed column: its key in the figures and its SQL (count(*) or a column name). */
    public record Column(String key, String sql) {
    }

    private final String table;
    private final String groupColumn;
    private final String dateColumn;
    private final String extraWhere;
    private final List<String> groupKeys;
    private final List<Column> columns;

    public SqlFigures(String table, String groupColumn, String dateColumn, String extraWhere, List<String> groupKeys,
                      List<Column> columns) {
        this.table = table;
        this.groupColumn = groupColumn;
        this.dateColumn = dateColumn;
        this.extraWhere = extraWhere == null ? "" : " and " + extraWhere;
        this.groupKeys = groupKeys;
        this.columns = columns;
    }

    private String sums() {
        StringBuilder sb = new StringBuilder();
        for (Column c : columns) {
            sb.append(", ").append(c.sql().equals("count(*)") ? "count(*)" : "coalesce(sum(t." + c.sql() + "), 0)");
        }
        return sb.toString();
    }

    private String from() {
        return " from " + table + " t where t.org_unit_id in (?1) ";
    }

    /**
     * The closure pairs (ancestor, descendant) of the given units. The big tables are then filtered with
     * {@code org_unit_id in (<constants>)} and a date range, which the database reads as one index range per unit
     * on (org_unit_id, date); a join on the closure would read every date of every unit of the subtree.
     */
    @SuppressWarnings("unchecked")
    private static Map<Long, List<Long>> subtrees(EntityManager em, Collection<Long> roots) {
        List<Object[]> rows = em.createNativeQuery(
                        "select ancestor_id, descendant_id from org_unit_closure where ancestor_id in (?1)")
                .setParameter(1, roots).getResultList();
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return out;
    }

    private static List<Long> subtree(EntityManager em, long root) {
        return subtrees(em, List.of(root)).getOrDefault(root, List.of());
    }

    public Figures.Section section(EntityManager em, long root, Period p) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t." + groupColumn + sums() + from()
                        + "and t." + dateColumn + " between ?2 and ?3" + extraWhere + " group by t." + groupColumn)
                .setParameter(1, subtree(em, root)).setParameter(2, p.from()).setParameter(3, p.to())
                .getResultList();
        Map<String, Map<String, Long>> byKey = new LinkedHashMap<>();
        for (String k : groupKeys) {
            byKey.put(k, zeros());
        }
        for (Object[] r : rows) {
            Map<String, Long> v = zeros();
            for (int i = 0; i < columns.size(); i++) {
                v.put(columns.get(i).key(), ((Number) r[i + 1]).longValue());
            }
            byKey.put((String) r[0], v);
        }
        Map<String, Long> total = zeros();
        List<Figures.Row> out = new ArrayList<>();
        byKey.forEach((k, v) -> {
            out.add(new Figures.Row(k, v));
            v.forEach((col, n) -> total.merge(col, n, Long::sum));
        });
        return new Figures.Section(columns.stream().map(Column::key).toList(), out, total);
    }

    private Map<String, Long> zeros() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Column c : columns) {
            m.put(c.key(), 0L);
        }
        return m;
    }

    /** Headline columns per unit's subtree, keyed {@code <section>.<column>}. */
    public Map<Long, Map<String, Long>> perSubtree(EntityManager em, String section, Collection<Long> units,
                                                   Period p) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Long u : units) {
            Map<String, Long> z = new LinkedHashMap<>();
            columns.forEach(c -> z.put(section + "." + c.key(), 0L));
            out.put(u, z);
        }
        if (units.isEmpty()) {
            return out;
        }
        // one pass grouped by the record's own unit, then added up per given unit's subtree
        Map<Long, List<Long>> subtrees = subtrees(em, units);
        java.util.Set<Long> all = new java.util.TreeSet<>();
        subtrees.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.org_unit_id" + sums() + from()
                        + "and t." + dateColumn + " between ?2 and ?3" + extraWhere + " group by t.org_unit_id")
                .setParameter(1, all).setParameter(2, p.from()).setParameter(3, p.to()).getResultList();
        Map<Long, Object[]> byUnit = new HashMap<>();
        for (Object[] r : rows) {
            byUnit.put(((Number) r[0]).longValue(), r);
        }
        subtrees.forEach((root, members) -> {
            Map<String, Long> v = out.get(root);
            for (Long m : members) {
                Object[] r = byUnit.get(m);
                if (r != null) {
                    for (int i = 0; i < columns.size(); i++) {
                        v.merge(section + "." + columns.get(i).key(), ((Number) r[i + 1]).longValue(), Long::sum);
                    }
                }
            }
        });
        return out;
    }

    /**
     * The columns per calendar month of the period, keyed {@code <section>.<column>} like {@link #perSubtree}:
     * every month the period touches is there, in order, with zeros where nothing was recorded.
     */
    public Map<YearMonth, Map<String, Long>> perMonth(EntityManager em, String section, long root, Period p) {
        Map<YearMonth, Map<String, Long>> out = new LinkedHashMap<>();
        for (YearMonth m : p.months()) {
            Map<String, Long> z = new LinkedHashMap<>();
            columns.forEach(c -> z.put(section + "." + c.key(), 0L));
            out.put(m, z);
        }
        String year = "year(t." + dateColumn + ")";
        String month = "month(t." + dateColumn + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + year + ", " + month + sums() + from()
                        + "and t." + dateColumn + " between ?2 and ?3" + extraWhere
                        + " group by " + year + ", " + month)
                .setParameter(1, subtree(em, root)).setParameter(2, p.from()).setParameter(3, p.to())
                .getResultList();
        for (Object[] r : rows) {
            Map<String, Long> v = out.get(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
            for (int i = 0; i < columns.size(); i++) {
                v.put(section + "." + columns.get(i).key(), ((Number) r[i + 2]).longValue());
            }
        }
        return out;
    }

    public long changedSince(EntityManager em, long root, Period p, Instant since) {
        Number n = (Number) em.createNativeQuery("select count(*)" + from() + "and t."
                        + dateColumn + " between ?2 and ?3 and t.updated_at > ?4")
                .setParameter(1, subtree(em, root)).setParameter(2, p.from()).setParameter(3, p.to()).setParameter(4, since)
                .getSingleResult();
        return n.longValue();
    }
}
