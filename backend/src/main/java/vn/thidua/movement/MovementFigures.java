package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;
import vn.thidua.report.FigureSource;
import vn.thidua.report.Figures;

/**
 * Movements in the report figures, per kind: the movements running at some day of the period (province-wide)
 * and the registrations the unit's subtree made for them.
 */
@ApplicationScoped
public class MovementFigures implements FigureSource {
    static final String OVERLAP = "m.start_date <= ?3 and (m.end_date is null or m.end_date >= ?2)";
    static final String SUBTREE = "(select descendant_id from org_unit_closure where ancestor_id = ?1)";

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "movements";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Figures.Section compute(long root, Period p) {
        List<Object[]> rows = em.createNativeQuery("select m.kind, count(distinct m.id), count(r.id) from movement m "
                        + "left join movement_registration r on r.movement_id = m.id and r.org_unit_id in " + SUBTREE
                        + " where " + OVERLAP + " group by m.kind")
                .setParameter(1, root).setParameter(2, p.from()).setParameter(3, p.to()).getResultList();
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        for (MovementKind k : MovementKind.values()) {
            byKind.put(k.name(), values(0, 0));
        }
        for (Object[] r : rows) {
            byKind.put((String) r[0], values(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        Map<String, Long> total = values(0, 0);
        List<Figures.Row> out = new java.util.ArrayList<>();
        byKind.forEach((k, v) -> {
            out.add(new Figures.Row(k, v));
            v.forEach((c, n) -> total.merge(c, n, Long::sum));
        });
        return new Figures.Section(List.of("active", "registrations"), out, total);
    }

    static Map<String, Long> values(long active, long registrations) {
        Map<String, Long> v = new LinkedHashMap<>();
        v.put("active", active);
        v.put("registrations", registrations);
        return v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Map<String, Long>> perSubtree(Collection<Long> unitIds, Period p) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Long id : unitIds) {
            out.put(id, new LinkedHashMap<>(Map.of("movements.registrations", 0L)));
        }
        if (unitIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select c.ancestor_id, count(r.id) from movement_registration r "
                        + "join movement m on m.id = r.movement_id "
                        + "join org_unit_closure c on c.descendant_id = r.org_unit_id "
                        + "where c.ancestor_id in (?1) and " + OVERLAP + " group by c.ancestor_id")
                .setParameter(1, unitIds).setParameter(2, p.from()).setParameter(3, p.to()).getResultList();
        for (Object[] r : rows) {
            out.get(((Number) r[0]).longValue()).put("movements.registrations", ((Number) r[1]).longValue());
        }
        return out;
    }

    @Override
    public long changedSince(long root, Period p, Instant since) {
        Number n = (Number) em.createNativeQuery("select count(*) from movement_registration r "
                        + "join movement m on m.id = r.movement_id where r.org_unit_id in " + SUBTREE + " and "
                        + OVERLAP + " and r.updated_at > ?4")
                .setParameter(1, root).setParameter(2, p.from()).setParameter(3, p.to()).setParameter(4, since)
                .getSingleResult();
        return n.longValue();
    }
}
