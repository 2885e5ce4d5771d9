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
import vn.thidua.report.FigureSource;
import vn.thidua.report.Figures;
import vn.thidua.report.SqlFigures;
import vn.thidua.report.SqlFigures.Column;

/** Communication outputs in the report figures, per channel; flagged records do not count. */
@ApplicationScoped
public class CommunicationFigures implements FigureSource {
    static final SqlFigures SQL = new SqlFigures("communication", "channel", "published_on", "t.status <> 'FLAGGED'",
            Arrays.stream(Channel.values()).map(Enum::name).toList(),
            List.of(new Column("records", "count(*)"), new Column("audience", "audience"),
                    new Column("quantity", "quantity")));

    @Inject
    EntityManager em;

    @Override
    public String section() {
        return "communications";
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
