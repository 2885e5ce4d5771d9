package vn.thidua.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import vn.thidua.common.Periods.Period;

/**
 * One section of a report's figures, contributed by the feature that owns the records (activities,
 * communications, nominations, movements): the report feature never reads another feature's tables itself.
 * Every figure is computed from the records of a unit's whole subtree in the period; the dated tree's closure
 * makes records of units dissolved in 2025 count for their 2021 parents.
 */
public interface FigureSource {
    /** The section's key in the figures: "activities", "communications", "nominations", "movements". */
    String section();

    /** Where the section comes in documents and tables. */
    int order();

    /** The section for the subtree of {@code rootUnitId} in the period. */
    Figures.Section compute(long rootUnitId, Period period);

    /** For each unit given (each with its own subtree): the section's headline columns, e.g. "activities". */
    Map<Long, Map<String, Long>> perSubtree(Collection<Long> unitIds, Period period);

    /**
     * The section's headline columns per calendar month of the period (keys as in {@link #perSubtree}), for the
     * dashboard; sections whose records are not counted by month give nothing.
     */
    default Map<YearMonth, Map<String, Long>> perMonth(long rootUnitId, Period period) {
        return Map.of();
    }

    /** How many of the section's records in the subtree and period were created or changed after {@code since}. */
    long changedSince(long rootUnitId, Period period, Instant since);
}
