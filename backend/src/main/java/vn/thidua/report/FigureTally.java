package vn.thidua.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.thidua.auth.Bootstrap.DemoDataRequested;
import vn.thidua.common.Periods;
import vn.thidua.common.Periods.Period;
import vn.thidua.org.OrgScope;

/**
 * The figure tallies per reporting period (table {@code figure_tally}, V9__figure_tally.sql): for each section
 * (activities, communications, nominations), unit, period and group key (type, channel, category), the sums of the
 * section's columns over the unit's whole subtree, changed in the same transaction as the records. A record adds to
 * the rows of its unit and of every unit above it (the closure), for its half-year ({@code 2025S1}) and its year
 * ({@code 2025}), so the province-year figures read the province's own dozen rows and one row per child and key,
 * instead of ~250,000 records. When a unit moves, every row is rebuilt ({@link vn.thidua.org.TreeChanged}).
 * The periods follow the configured cut-offs ({@link Periods#halfOf}); the cut-offs the tallies were built under are
 * kept in {@code figure_tally_state}, and a start under other cut-offs (or the first start) rebuilds them from the
 * records with each section's {@link Spec#source()}.
 */
@ApplicationScoped
public class FigureTally {
    private static final Logger LOG = Logger.getLogger(FigureTally.class);

    /** The group key of the row that holds a section's total over its keys (what a child row shows). */
    static final String TOTAL = "";

    /**
     * A tallied section: {@code source} selects, one row per counted fact, {@code org_unit_id, day, group_key} and
     * the section's values in the order of {@code columnKeys} (at most six), from the records as they are;
     * {@code groupKeys} are the section's rows in order (types, channels, categories).
     */
    public record Spec(String section, String source, List<String> groupKeys, List<String> columnKeys) {
        public int columns() {
            return columnKeys.size();
        }
    }

    /**
     * How many rows one tally key may be spread over (V11__tally_stripes.sql): a write adds to one of them at random,
     * so concurrent writes to one key lock different rows; a read sums them.
     */
    public static final int STRIPES = 16;

    /** The six sums of a key's stripes, as a read selects them. */
    private static final String SUMS = ", sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6)";

    /** The stripe one write adds to. */
    public static int stripe() {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(STRIPES);
    }

    /** A section that keeps tallies: its figures come from them for whole periods. */
    public interface Tallied {
        Spec tallySpec();
    }

    /** One counted fact: what a record adds to a unit, day and group key (or, on the "before" side, removes). */
    public record Fact(long orgUnitId, LocalDate day, String key, long... values) {
    }

    @Inject
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    OrgScope scope;

    @Inject
    Instance<FigureSource> sources;

    /** What {@link #read} gives: per section, the subtree's values per group key, and each child subtree's totals. */
    public record Read(Map<String, Map<String, long[]>> byKey, Map<Long, Map<String, long[]>> perChild) {
    }

    /**
     * Every tallied section for one period code in two statements, summing only a key's stripes: the subtree of
     * {@code root} per section and group key (its own rows), and each child's subtree per section (their total rows).
     */
    public Read read(String code, long root, Collection<Long> children) {
        List<String> sections = tallied().stream().map(Spec::section).toList();
        Map<String, Map<String, long[]>> byKey = new java.util.HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select section, group_key" + SUMS + " from figure_tally"
                + " where period = ?1 and section in (?2) and org_unit_id = ?3 and group_key <> ''"
                + " group by section, group_key").setParameter(1, code)
                .setParameter(2, sections).setParameter(3, root))) {
            byKey.computeIfAbsent((String) r[0], k -> new java.util.HashMap<>()).put((String) r[1], values(r));
        }
        Map<Long, Map<String, long[]>> perChild = new java.util.HashMap<>();
        if (!children.isEmpty()) {
            for (Object[] r : rows(em.createNativeQuery("select org_unit_id, section" + SUMS
                    + " from figure_tally where period = ?1 and section in (?2) and org_unit_id in (?3) and group_key = ''"
                    + " group by org_unit_id, section")
                    .setParameter(1, code).setParameter(2, sections).setParameter(3, children))) {
                perChild.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.HashMap<>())
                        .put((String) r[1], values(r));
            }
        }
        return new Read(byKey, perChild);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return q.getResultList();
    }

    /** The six sums at the end of a row. */
    private static long[] values(Object[] r) {
        long[] v = new long[6];
        for (int i = 0; i < 6; i++) {
            Object x = r[r.length - 6 + i];
            v[i] = x == null ? 0 : ((Number) x).longValue();
        }
        return v;
    }

    /** A section's figures from its values per group key (rows in the section's order, zeros where none). */
    public static Figures.Section section(Spec spec, Map<String, long[]> byKey) {
        Map<String, long[]> ordered = new java.util.LinkedHashMap<>();
        spec.groupKeys().forEach(k -> ordered.put(k, new long[6]));
        if (byKey != null) {
            ordered.putAll(byKey);
        }
        List<Figures.Row> rows = new ArrayList<>();
        Map<String, Long> total = new java.util.LinkedHashMap<>();
        spec.columnKeys().forEach(c -> total.put(c, 0L));
        ordered.forEach((k, v) -> {
            Map<String, Long> values = new java.util.LinkedHashMap<>();
            for (int i = 0; i < spec.columns(); i++) {
                String c = spec.columnKeys().get(i);
                values.put(c, v[i]);
                total.merge(c, v[i], Long::sum);
            }
            rows.add(new Figures.Row(k, values));
        });
        return new Figures.Section(spec.columnKeys(), rows, total);
    }

    /** A child row's values ({@code <section>.<column>}) from its subtree's totals. */
    public static Map<String, Long> headline(Spec spec, long[] totals) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < spec.columns(); i++) {
            out.put(spec.section() + "." + spec.columnKeys().get(i), totals == null ? 0 : totals[i]);
        }
        return out;
    }

    List<Spec> tallied() {
        List<Spec> out = new ArrayList<>();
        for (FigureSource s : sources) {
            if (s instanceof Tallied t) {
                out.add(t.tallySpec());
            }
        }
        return out;
    }

    /** The tally's period code for a whole reporting period ({@code 2025}, {@code 2025S1}), or null: read the records. */
    public String code(Period p) {
        return periods.halvesOf(p) == null ? null : p.code();
    }

    /**
     * Moves a record's facts from {@code before} to {@code after} (either empty for a create or a delete), in one
     * stripe. Call it after the record is written; the keys are written in a fixed order so two transactions cannot
     * deadlock.
     */
    public void change(String section, Collection<Fact> before, Collection<Fact> after) {
        Map<String, Object[]> deltas = new TreeMap<>();
        Map<Long, List<Long>> ancestors = new java.util.HashMap<>();
        add(deltas, before, -1, ancestors);
        add(deltas, after, 1, ancestors);
        // one statement for every row the change touches (a unit and its ancestors, half and year, key and total):
        // the rows in key order, so two transactions lock them in the same order
        List<Object[]> rows = new ArrayList<>();
        for (Object[] d : deltas.values()) {
            if (Arrays.stream((long[]) d[3]).anyMatch(x -> x != 0)) {
                rows.add(d);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into figure_tally (section, org_unit_id, period, group_key, stripe,"
                + " v1, v2, v3, v4, v5, v6) values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" on duplicate key update v1 = v1 + values(v1), v2 = v2 + values(v2), v3 = v3 + values(v3),"
                + " v4 = v4 + values(v4), v5 = v5 + values(v5), v6 = v6 + values(v6)");
        jakarta.persistence.Query q = em.createNativeQuery(sql.toString());
        int p = 1;
        int stripe = stripe();
        for (Object[] d : rows) {
            long[] six = Arrays.copyOf((long[]) d[3], 6);
            q.setParameter(p++, section).setParameter(p++, d[0]).setParameter(p++, d[1]).setParameter(p++, d[2])
                    .setParameter(p++, stripe);
            for (long x : six) {
                q.setParameter(p++, x);
            }
        }
        q.executeUpdate();
    }

    private void add(Map<String, Object[]> deltas, Collection<Fact> facts, int sign, Map<Long, List<Long>> ancestors) {
        for (Fact f : facts) {
            String half = periods.halfOf(f.day());
            if (half == null) {
                return; // cut-offs the halves cannot follow: the figures read the records
            }
            for (Long unit : ancestors.computeIfAbsent(f.orgUnitId(), scope::ancestorsOf)) {
                for (String period : List.of(half, half.substring(0, 4))) {
                    for (String key : List.of(f.key(), TOTAL)) {
                        Object[] d = deltas.computeIfAbsent(unit + "|" + period + "|" + key,
                                k -> new Object[]{unit, period, key, new long[f.values().length]});
                        long[] v = (long[]) d[3];
                        for (int i = 0; i < v.length; i++) {
                            v[i] += sign * f.values()[i];
                        }
                    }
                }
            }
        }
    }

    /** The tree changed shape (a unit moved): every subtree's sums are rebuilt in the same transaction. */
    void onTreeChanged(@Observes vn.thidua.org.TreeChanged ev) {
        rebuild(true);
    }

    /** At start (after the bootstrap and its demo data): rebuild when the tallies follow other cut-offs, or none. */
    void onStart(@Observes @Priority(20) StartupEvent ev) {
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> rebuild(false));
    }

    /** Demo data is written straight to the tables: count it. */
    void afterDemoData(@Observes @Priority(900) DemoDataRequested ev) {
        rebuild(true);
    }

    /** Rebuilds every section's tallies from the records, unless they follow the configured cut-offs already. */
    void rebuild(boolean always) {
        em.createNativeQuery("select get_lock('thidua-figure-tally', 600)").getSingleResult();
        try {
            String cutOffs = periods.cutOffs();
            @SuppressWarnings("unchecked")
            List<Object> built = em.createNativeQuery("select cut_offs from figure_tally_state where id = 1")
                    .getResultList();
            if (!always && !built.isEmpty() && cutOffs.equals(built.get(0))) {
                return;
            }
            long t0 = System.nanoTime();
            em.createNativeQuery("delete from figure_tally").executeUpdate();
            int rows = 0;
            for (Spec spec : tallied()) {
                rows += rebuild(spec);
            }
            em.createNativeQuery("insert into figure_tally_state (id, cut_offs, built_at) values (1, ?1, now(6))"
                    + " on duplicate key update cut_offs = values(cut_offs), built_at = values(built_at)")
                    .setParameter(1, cutOffs).executeUpdate();
            LOG.infof("Built the figure tallies (cut-offs %s): %d rows in %d ms.", cutOffs, rows,
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            em.createNativeQuery("select release_lock('thidua-figure-tally')").getSingleResult();
        }
    }

    private int rebuild(Spec spec) {
        if (periods.halfOf(LocalDate.of(2000, 1, 1)) == null) {
            return 0;
        }
        StringBuilder sums = new StringBuilder();
        StringBuilder cols = new StringBuilder();
        for (int i = 1; i <= spec.columns(); i++) {
            sums.append(", sum(s.v").append(i).append(")");
            cols.append(", v").append(i);
        }
        // the half-years from the records, once for every unit above the record's own (the closure)
        int rows = em.createNativeQuery("insert into figure_tally (section, org_unit_id, period, group_key" + cols + ")"
                        + " select ?1, c.ancestor_id, " + periods.halfOfSql("s.day") + ", s.group_key" + sums
                        + " from (" + spec.source() + ") s join org_unit_closure c on c.descendant_id = s.org_unit_id"
                        + " group by 2, 3, 4")
                .setParameter(1, spec.section()).executeUpdate();
        // the years from their two halves
        rows += em.createNativeQuery("insert into figure_tally (section, org_unit_id, period, group_key" + cols + ")"
                        + " select section, org_unit_id, left(period, 4), group_key" + sums.toString().replace("s.v", "v")
                        + " from figure_tally where section = ?1 and length(period) = 6 group by 1, 2, 3, 4")
                .setParameter(1, spec.section()).executeUpdate();
        // the totals over the keys
        rows += em.createNativeQuery("insert into figure_tally (section, org_unit_id, period, group_key" + cols + ")"
                        + " select section, org_unit_id, period, ''" + sums.toString().replace("s.v", "v")
                        + " from figure_tally where section = ?1 group by 1, 2, 3")
                .setParameter(1, spec.section()).executeUpdate();
        return rows;
    }
}
