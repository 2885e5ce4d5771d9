package vn.thidua.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;
import vn.thidua.report.FigureSource;
import vn.thidua.report.FigureTally;
import vn.thidua.report.Figures;
import vn.thidua.report.SqlFigures;

/**
 * Nominations in the report figures, per category: submitted for the first time in the period (new),
 * recognised in it, honoured by a decision dated in it, and replications dated in it. A reporting period is summed
 * from the figure tallies ({@link FigureTally}, read by
 * FiguresService for every tallied section at once), any other range from the records.
 */
@ApplicationScoped
public class NominationFigures implements FigureSource, FigureTally.Tallied {
    static final String SECTION = "nominations";
    static final List<String> COLUMNS = List.of("newInPeriod", "recognized", "honored", "replicated");


    /** One statement per column: (group key, count) over the subtree ?1 and the period ?2..?3. */
    static final String[] SQL = {
        "select n.category, %s, count(*) from nomination n %s where n.submitted_on between ?2 and ?3 group by 1, 2",
        "select n.category, %s, count(*) from nomination_event e join nomination n on n.id = e.nomination_id %s "
            + "where e.action = 'RECOGNIZE' and e.at >= ?2 and e.at < date_add(?3, interval 1 day) group by 1, 2",
        "select n.category, %s, count(*) from nomination n %s where n.honor_decision_date between ?2 and ?3 "
            + "group by 1, 2",
        "select n.category, %s, count(*) from nomination_replication r join nomination n on n.id = r.nomination_id "
            + "%s where r.replicated_on between ?2 and ?3 group by 1, 2"};

    @Inject
    EntityManager em;

    @Inject
    FigureTally figureTally;

    @Override
    public FigureTally.Spec tallySpec() {
        return new FigureTally.Spec(SECTION, "select org_unit_id, submitted_on as day, category as group_key, 1 as v1,"
                + " 0 as v2, 0 as v3, 0 as v4 from nomination where submitted_on is not null"
                + " union all select n.org_unit_id, date(e.at), n.category, 0, 1, 0, 0 from nomination_event e"
                + " join nomination n on n.id = e.nomination_id where e.action = 'RECOGNIZE'"
                + " union all select org_unit_id, honor_decision_date, category, 0, 0, 1, 0 from nomination"
                + " where honor_decision_date is not null"
                + " union all select n.org_unit_id, r.replicated_on, n.category, 0, 0, 0, 1 from nomination_replication r"
                + " join nomination n on n.id = r.nomination_id",
                java.util.Arrays.stream(Category.values()).map(Enum::name).toList(), COLUMNS);
    }

    /**
     * What a nomination counts in the figures as it is now (its pending writes flushed): its first submission, each
     * recognition (the day in UTC, as the records are counted), its honour decision and each replication.
     */
    List<FigureTally.Fact> facts(Nomination n) {
        em.flush();
        List<FigureTally.Fact> out = new ArrayList<>();
        String c = n.category.name();
        if (n.submittedOn != null) {
            out.add(new FigureTally.Fact(n.orgUnitId, n.submittedOn, c, 1, 0, 0, 0));
        }
        for (Object d : em.createNativeQuery("select date(at) from nomination_event where nomination_id = ?1"
                + " and action = 'RECOGNIZE'").setParameter(1, n.id).getResultList()) {
            out.add(new FigureTally.Fact(n.orgUnitId, day(d), c, 0, 1, 0, 0));
        }
        if (n.honorDecisionDate != null) {
            out.add(new FigureTally.Fact(n.orgUnitId, n.honorDecisionDate, c, 0, 0, 1, 0));
        }
        for (Object d : em.createNativeQuery("select replicated_on from nomination_replication where nomination_id = ?1")
                .setParameter(1, n.id).getResultList()) {
            out.add(new FigureTally.Fact(n.orgUnitId, day(d), c, 0, 0, 0, 1));
        }
        return out;
    }

    private static java.time.LocalDate day(Object d) {
        return d instanceof java.sql.Date sql ? sql.toLocalDate() : (java.time.LocalDate) d;
    }

    /** Moves the nomination's facts from what it counted before this change ({@link #facts}) to what it counts now. */
    void recount(Nomination n, List<FigureTally.Fact> before) {
        figureTally.change(SECTION, before, facts(n));
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 40;
    }

    /** rows of (category, ancestor, count) per column for the ancestors given. */
    @SuppressWarnings("unchecked")
    private List<List<Object[]>> counts(Collection<Long> ancestors, Period p) {
        List<List<Object[]>> out = new ArrayList<>();
        for (String sql : SQL) {
            String q = String.format(sql, "c.ancestor_id",
                    "join org_unit_closure c on c.descendant_id = n.org_unit_id and c.ancestor_id in (?1)");
            out.add(em.createNativeQuery(q).setParameter(1, ancestors).setParameter(2, p.from())
                    .setParameter(3, p.to()).getResultList());
        }
        return out;
    }

    @Override
    public Figures.Section compute(long root, Period p) {
        Map<String, Map<String, Long>> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            byCategory.put(c.name(), zeros());
        }
        List<List<Object[]>> all = counts(List.of(root), p);
        for (int i = 0; i < COLUMNS.size(); i++) {
            for (Object[] r : all.get(i)) {
                byCategory.computeIfAbsent((String) r[0], k -> zeros()).put(COLUMNS.get(i), ((Number) r[2]).longValue());
            }
        }
        Map<String, Long> total = zeros();
        List<Figures.Row> rows = new ArrayList<>();
        byCategory.forEach((k, v) -> {
            rows.add(new Figures.Row(k, v));
            v.forEach((col, n) -> total.merge(col, n, Long::sum));
        });
        return new Figures.Section(COLUMNS, rows, total);
    }

    static Map<String, Long> zeros() {
        Map<String, Long> m = new LinkedHashMap<>();
        COLUMNS.forEach(c -> m.put(c, 0L));
        return m;
    }

    @Override
    public Map<Long, Map<String, Long>> perSubtree(Collection<Long> unitIds, Period p) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Long id : unitIds) {
            Map<String, Long> z = new LinkedHashMap<>();
            COLUMNS.forEach(c -> z.put("nominations." + c, 0L));
            out.put(id, z);
        }
        if (unitIds.isEmpty()) {
            return out;
        }
        List<List<Object[]>> all = counts(unitIds, p);
        for (int i = 0; i < COLUMNS.size(); i++) {
            for (Object[] r : all.get(i)) {
                out.get(((Number) r[1]).longValue()).merge("nominations." + COLUMNS.get(i), ((Number) r[2]).longValue(),
                        Long::sum);
            }
        }
        return out;
    }

    @Override
    public long changedSince(long root, Period p, Instant since) {
        Number n = (Number) em.createNativeQuery("select count(*) from nomination n join org_unit_closure c "
                        + "on c.descendant_id = n.org_unit_id where c.ancestor_id = ?1 and n.updated_at > ?4 "
                        + "and (n.submitted_on between ?2 and ?3 or n.honor_decision_date between ?2 and ?3)")
                .setParameter(1, root).setParameter(2, p.from()).setParameter(3, p.to()).setParameter(4, since)
                .getSingleResult();
        return n.longValue();
    }
}
