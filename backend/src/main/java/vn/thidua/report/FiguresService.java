package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;
import vn.thidua.org.OrgUnitDto;
import vn.thidua.org.OrgUnitService;
import vn.thidua.report.ReportDtos.MonthFigures;
import vn.thidua.report.ReportDtos.MonthlyFigures;

/** Assembles a unit's figures from every feature's {@link FigureSource}; nothing is cached. */
@ApplicationScoped
public class FiguresService {
    @Inject
    Instance<FigureSource> sources;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    FigureTally tally;

    List<FigureSource> ordered() {
        List<FigureSource> list = new ArrayList<>();
        sources.forEach(list::add);
        list.sort(Comparator.comparingInt(FigureSource::order));
        return list;
    }

    /**
     * Live figures of the subtree; child rows computed from the records (reports replace them later). For a reporting
     * period the tallied sections come from one read of the figure tallies of the whole subtree, added up here for
     * the unit and for each child's subtree; the other sections, and other ranges, from each source.
     */
    @Transactional
    public Figures compute(long unitId, Period period) {
        List<FigureSource> all = ordered();
        List<OrgUnitDto> children = orgUnits.childrenActiveBetween(unitId, period.from(), period.to());
        List<Long> ids = children.stream().map(OrgUnitDto::id).toList();
        String code = tally.code(period);
        FigureTally.Read tallied = code == null ? null : tally.read(code, unitId, ids);
        Map<String, Figures.Section> sections = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> values = new HashMap<>();
        for (Long id : ids) {
            values.put(id, new LinkedHashMap<>());
        }
        for (FigureSource s : all) {
            if (tallied != null && s instanceof FigureTally.Tallied t) {
                FigureTally.Spec spec = t.tallySpec();
                sections.put(s.section(), FigureTally.section(spec, tallied.byKey().get(spec.section())));
                for (Long id : ids) {
                    values.get(id).putAll(FigureTally.headline(spec,
                            tallied.perChild().getOrDefault(id, Map.of()).get(spec.section())));
                }
            } else {
                sections.put(s.section(), s.compute(unitId, period));
                if (!ids.isEmpty()) {
                    s.perSubtree(ids, period).forEach((id, v) -> values.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .putAll(v));
                }
            }
        }
        List<Figures.ChildRow> rows = children.stream().map(c -> new Figures.ChildRow(c.id(), c.name(), c.level().name(),
                c.validTo(), values.get(c.id()), "LIVE", null, null)).toList();
        return new Figures(unitId, orgUnits.nameOf(unitId), period.code(), period.from(), period.to(), sections, rows);
    }

    /** The subtree's figures per calendar month of the period, from every section that counts by month. */
    @Transactional
    public MonthlyFigures monthly(long unitId, Period period) {
        Map<YearMonth, Map<String, Long>> byMonth = new LinkedHashMap<>();
        period.months().forEach(m -> byMonth.put(m, new LinkedHashMap<>()));
        for (FigureSource s : ordered()) {
            s.perMonth(unitId, period).forEach((m, v) -> byMonth.computeIfAbsent(m, k -> new LinkedHashMap<>()).putAll(v));
        }
        List<MonthFigures> months = byMonth.entrySet().stream().map(e -> {
            LocalDate first = e.getKey().atDay(1);
            LocalDate last = e.getKey().atEndOfMonth();
            return new MonthFigures(e.getKey().toString(), first.isBefore(period.from()) ? period.from() : first,
                    last.isAfter(period.to()) ? period.to() : last, e.getValue());
        }).toList();
        return new MonthlyFigures(unitId, orgUnits.nameOf(unitId), period.code(), period.from(), period.to(), months);
    }

    @Transactional
    public long changedSince(long unitId, Period period, Instant since) {
        long n = 0;
        for (FigureSource s : ordered()) {
            n += s.changedSince(unitId, period, since);
        }
        return n;
    }
}
