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
import vn.thidua.report.Figures;

/**
 * Nominations in the report figures, per category: submitted for the first time in the period (new),
 * recognised in it, honoured by a decision dated in it, and replications dated in it.
 */
@ApplicationScoped
public class NominationFigures implements FigureSource {
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

    @Override
    public String section() {
        return "nominations";
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
