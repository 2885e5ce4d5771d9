package vn.thidua.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;
import vn.thidua.report.FigureSource;
import vn.thidua.report.Figures;
import vn.thidua.report.SqlFigures;
import vn.thidua.report.SqlFigures.Column;

/**
 * Activities in the report figures, per type; flagged records wait for their correction and do not count.
 * A period made of whole half-months (every Decree 09/2019 period) is summed from the half-month tallies
 * ({@link ActivityTally}); any other range, and "changed since", from the records.
 */
@ApplicationScoped
public class ActivityFigures implements FigureSource {
    static final SqlFigures SQL = new SqlFigures("activity", "type", "start_date", "t.status <> 'FLAGGED'",
            Arrays.stream(ActivityType.values()).map(Enum::name).toList(),
            List.of(new Column("records", "count(*)"), new Column("participants", "participants"),
                    new Column("beneficiaries", "beneficiaries"), new Column("gifts", "gift_count"),
                    new Column("cashVnd", "gift_cash_vnd"), new Column("inKindVnd", "gift_in_kind_vnd")));

    static final SqlFigures TALLY = new SqlFigures("activity_tally", "type", "bucket", "t.status <> 'FLAGGED'",
            sqlKeys(), List.of(new Column("records", "records"), new Column("participants", "participants"),
                    new Column("beneficiaries", "beneficiaries"), new Column("gifts", "gift_count"),
                    new Column("cashVnd", "gift_cash_vnd"), new Column("inKindVnd", "gift_in_kind_vnd")));

    private static List<String> sqlKeys() {
        return Arrays.stream(ActivityType.values()).map(Enum::name).toList();
    }

    @Inject
    EntityManager em;

    /** The period as a range of tally buckets when it is made of whole half-months; null otherwise. */
    private static Period buckets(Period p) {
        ActivityTally.Split split = ActivityTally.split(p.from(), p.to());
        return split.usesTally() && split.rawRanges().isEmpty()
                ? new Period(p.code(), split.tallyFrom(), split.tallyTo()) : null;
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Figures.Section compute(long rootUnitId, Period period) {
        Period b = buckets(period);
        return b != null ? TALLY.section(em, rootUnitId, b) : SQL.section(em, rootUnitId, period);
    }

    @Override
    public Map<Long, Map<String, Long>> perSubtree(Collection<Long> unitIds, Period period) {
        Period b = buckets(period);
        return b != null ? TALLY.perSubtree(em, section(), unitIds, b) : SQL.perSubtree(em, section(), unitIds, period);
    }

    @Override
    public Map<YearMonth, Map<String, Long>> perMonth(long rootUnitId, Period period) {
        return SQL.perMonth(em, section(), rootUnitId, period);
    }

    @Override
    public long changedSince(long rootUnitId, Period period, Instant since) {
        return SQL.changedSince(em, rootUnitId, period, since);
    }
}
