package vn.thidua.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods.Period;
import vn.thidua.activity.CheckStatus;
import vn.thidua.report.FigureSource;
import vn.thidua.report.FigureTally;
import vn.thidua.report.Figures;
import vn.thidua.report.SqlFigures;
import vn.thidua.report.SqlFigures.Column;

/**
 * Communication outputs in the report figures, per channel; flagged records do not count. A reporting period is
 * summed from the figure tallies ({@link FigureTally}, read by
 * FiguresService for every tallied section at once); any other range, and "changed since", from the
 * records.
 */
@ApplicationScoped
public class CommunicationFigures implements FigureSource, FigureTally.Tallied {
    static final String SECTION = "communications";


    static final SqlFigures SQL = new SqlFigures("communication", "channel", "published_on", "t.status <> 'FLAGGED'",
            Arrays.stream(Channel.values()).map(Enum::name).toList(),
            List.of(new Column("records", "count(*)"), new Column("audience", "audience"),
                    new Column("quantity", "quantity")));

    @Inject
    EntityManager em;

    @Override
    public FigureTally.Spec tallySpec() {
        return new FigureTally.Spec(SECTION, "select org_unit_id, published_on as day, channel as group_key, 1 as v1,"
                + " coalesce(audience, 0) as v2, coalesce(quantity, 0) as v3 from communication"
                + " where status <> 'FLAGGED'", Arrays.stream(Channel.values()).map(Enum::name).toList(),
                List.of("records", "audience", "quantity"));
    }

    /** What an output counts in the figures: nothing while it is flagged. */
    static List<FigureTally.Fact> facts(Communication c) {
        if (c.status == CheckStatus.FLAGGED) {
            return List.of();
        }
        return List.of(new FigureTally.Fact(c.orgUnitId, c.publishedOn, c.channel.name(), 1,
                c.audience == null ? 0 : c.audience, c.quantity == null ? 0 : c.quantity));
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Figures.Section compute(long rootUnitId, Period period) {
        return SQL.section(em, rootUnitId, period);
    }

    @Override
    public Map<Long, Map<String, Long>> perSubtree(Collection<Long> unitIds, Period period) {
        return SQL.perSubtree(em, section(), unitIds, period);
    }

    @Override
    public long changedSince(long rootUnitId, Period period, Instant since) {
        return SQL.changedSince(em, rootUnitId, period, since);
    }
}
