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
import vn.thidua.report.FigureTally;
import vn.thidua.report.Figures;
import vn.thidua.report.SqlFigures;
import vn.thidua.report.SqlFigures.Column;

/**
 * Activities in the report figures, per type; flagged records wait for their correction and do not count.
 * A reporting period is summed from the figure tallies ({@link FigureTally}, read by FiguresService for every tallied
 * section at once); another range made of whole
 * half-months from the half-month tallies ({@link ActivityTally}); any other range, and "changed since", from the
 * records.
 */
@ApplicationScoped
public class ActivityFigures implements FigureSource, FigureTally.Tallied {
    static final String SECTION = "activities";
    static final List<String> COLUMNS = List.of("records", "participants", "beneficiaries", "gifts", "cashVnd",
            "inKindVnd");

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

    @Override
    public FigureTally.Spec tallySpec() {
        return new FigureTally.Spec(SECTION, "select org_unit_id, start_date as day, type as group_key, 1 as v1,"
                + " coalesce(participants, 0) as v2, coalesce(beneficiaries, 0) as v3, coalesce(gift_count, 0) as v4,"
                + " coalesce(gift_cash_vnd, 0) as v5, coalesce(gift_in_kind_vnd, 0) as v6 from activity"
                + " where status <> 'FLAGGED'", sqlKeys(), COLUMNS);
    }

    /** What an activity counts in the figures: nothing while it is flagged. */
    static List<FigureTally.Fact> facts(ActivityTally.Entry e) {
        if (e == null || e.status().equals(CheckStatus.FLAGGED.name())) {
            return List.of();
        }
        return List.of(new FigureTally.Fact(e.orgUnitId(), e.day(), e.type(), e.records(), e.participants(),
                e.beneficiaries(), e.giftCount(), e.giftCashVnd(), e.giftInKindVnd()));
    }

    /** The period as a range of tally buckets when it is made of whole half-months; null otherwise. */
    private static Period buckets(Period p) {
        ActivityTally.Split split = ActivityTally.split(p.from(), p.to());
        return split.usesTally() && split.rawRanges().isEmpty()
                ? new Period(p.code(), split.tallyFrom(), split.tallyTo()) : null;
    }

    @Override
    public String section() {
        return SECTION;
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
