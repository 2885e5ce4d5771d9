package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;

/**
 * Test-only records ("tests": a unit, a day and a count), so the report machinery is tested on its own:
 * subtree roll-up over the dated tree, period cut-offs, freezing and consolidation.
 */
@ApplicationScoped
public class FakeFigureSource implements FigureSource {
    record Entry(long unitId, LocalDate day, long count, Instant at) {
    }

    static final List<Entry> ENTRIES = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A record made well before now (so before any snapshot taken next). */
    static void add(long unitId, LocalDate day, long count) {
        ENTRIES.add(new Entry(unitId, day, count, Instant.now().minusSeconds(5)));
    }

    /** A record changed after a snapshot just taken (timestamps are whole seconds, see ReportService). */
    static void addLater(long unitId, LocalDate day, long count) {
        ENTRIES.add(new Entry(unitId, day, count, Instant.now().plusSeconds(5)));
    }

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "tests";
    }

    @Override
    public int order() {
        return 999;
    }

    boolean inSubtree(long root, long unit) {
        Number n = (Number) em.createNativeQuery(
                "select count(*) from org_unit_closure where ancestor_id = ?1 and descendant_id = ?2")
                .setParameter(1, root).setParameter(2, unit).getSingleResult();
        return n.longValue() > 0;
    }

    long sum(long root, Period p) {
        return ENTRIES.stream().filter(e -> p.contains(e.day()) && inSubtree(root, e.unitId()))
                .mapToLong(Entry::count).sum();
    }

    @Override
    public Figures.Section compute(long rootUnitId, Period period) {
        long total = sum(rootUnitId, period);
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("records", total);
        return new Figures.Section(List.of("records"), List.of(new Figures.Row("ALL", values)), values);
    }

    @Override
    public Map<Long, Map<String, Long>> perSubtree(Collection<Long> unitIds, Period period) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Long id : unitIds) {
            out.put(id, new LinkedHashMap<>(Map.of("tests.records", sum(id, period))));
        }
        return out;
    }

    @Override
    public long changedSince(long rootUnitId, Period period, Instant since) {
        return ENTRIES.stream().filter(e -> e.at().isAfter(since) && period.contains(e.day())
                && inSubtree(rootUnitId, e.unitId())).count();
    }

}
