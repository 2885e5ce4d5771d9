package vn.thidua.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Periods;
import vn.thidua.common.Periods.Period;
import vn.thidua.common.ProblemException;
import vn.thidua.org.OrgScope;
import vn.thidua.report.ReportDtos.MonthlyFigures;
import vn.thidua.report.ReportDtos.PeriodView;

@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {
    @Inject
    FiguresService figures;

    @Inject
    OrgScope scope;

    @Inject
    Periods periods;

    /** Live figures of a unit's subtree in a period, computed from the records (no cached result). */
    @GET
    @Path("figures")
    public Figures figures(@QueryParam("orgUnitId") Long orgUnitId, @QueryParam("period") String period) {
        Period p = period(period);
        return figures.compute(visibleUnit(orgUnitId), p);
    }

    /** The same subtree and period per calendar month (the dashboard's activities per month). */
    @GET
    @Path("figures/monthly")
    public MonthlyFigures monthly(@QueryParam("orgUnitId") Long orgUnitId, @QueryParam("period") String period) {
        Period p = period(period);
        return figures.monthly(visibleUnit(orgUnitId), p);
    }

    private Period period(String code) {
        if (code == null) {
            throw ProblemException.invalid("period", "required");
        }
        return periods.parse(code);
    }

    /** The unit asked for, or the caller's own; outside the caller's subtree it is a 404. */
    private long visibleUnit(Long orgUnitId) {
        long unit = orgUnitId == null ? scope.root() : orgUnitId;
        scope.requireVisible(unit);
        return unit;
    }

    /** The codes of a year's report periods and their first and last days. */
    @GET
    @Path("periods")
    public Map<String, List<PeriodView>> periods(@QueryParam("year") Integer year) {
        if (year == null || year < 1990 || year > 2100) {
            throw ProblemException.invalid("year", "between", 1990, 2100);
        }
        Period s1 = periods.parse(year + "S1");
        Period y = periods.parse(Integer.toString(year));
        return Map.of("items", List.of(new PeriodView(s1.code(), "HALF_YEAR", s1.from(), s1.to()),
                new PeriodView(y.code(), "YEAR", y.from(), y.to())));
    }
}
