package vn.thidua.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reporting periods cut by Decree 09/2019/NĐ-CP, Art. 12 (configurable): the year `2021` runs from
 * 15/12/2020 to 14/12/2021; its first half `2021S1` from 15/12/2020 to 14/06/2021; `2021S2` is the rest.
 */
@ApplicationScoped
public class Periods {
    private static final Pattern CODE = Pattern.compile("^(\\d{4})(S([12]))?$");

    public record Period(String code, LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public boolean isHalfYear() {
            return code.contains("S");
        }

        /** The calendar months the period touches, in order: 2021 runs from 12/2020 to 12/2021. */
        public List<YearMonth> months() {
            List<YearMonth> out = new ArrayList<>();
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                out.add(m);
            }
            return out;
        }
    }

    /** The first day of a year's period, in the previous calendar year (default 12-15). */
    @ConfigProperty(name = "app.period.year-start", defaultValue = "12-15")
    String yearStart;

    /** The last day of the first half (default 06-14). */
    @ConfigProperty(name = "app.period.half-end", defaultValue = "06-14")
    String halfEnd;

    /**
     * The half-year a day is counted in, as a code ({@code 2021S1} or {@code 2021S2}): every period is one half or
     * the two halves of a year, so sums kept per half compose every period exactly (report.FigureTally). Needs the
     * first half to end before the year starts again within a calendar year (06-14 before 12-15, as the decree);
     * null otherwise.
     */
    public String halfOf(LocalDate day) {
        MonthDay start = MonthDay.parse("--" + yearStart);
        MonthDay half = MonthDay.parse("--" + halfEnd);
        if (!half.isBefore(start)) {
            return null;
        }
        MonthDay md = MonthDay.from(day);
        if (!md.isBefore(start)) {
            return (day.getYear() + 1) + "S1";
        }
        return day.getYear() + (md.isAfter(half) ? "S2" : "S1");
    }

    /** The halves a period is made of ({@code 2021} → 2021S1, 2021S2), or null when it is not a whole period code. */
    public java.util.List<String> halvesOf(Period p) {
        Period exact;
        try {
            exact = parse(p.code());
        } catch (ProblemException e) {
            return null;
        }
        if (!exact.equals(p) || halfOf(p.from()) == null) {
            return null;
        }
        String year = p.code().substring(0, 4);
        return p.isHalfYear() ? java.util.List.of(p.code()) : java.util.List.of(year + "S1", year + "S2");
    }

    /** The cut-offs the halves follow, e.g. "12-15/06-14": tallies kept under other cut-offs are rebuilt. */
    public String cutOffs() {
        return MonthDay.parse("--" + yearStart).toString().substring(2) + "/"
                + MonthDay.parse("--" + halfEnd).toString().substring(2);
    }

    /**
     * {@link #halfOf} as an SQL expression over a DATE expression, for rebuilding the tallies in the database; the
     * cut-offs come from {@link MonthDay}, never from text pasted as it is.
     */
    public String halfOfSql(String day) {
        String start = MonthDay.parse("--" + yearStart).toString().substring(2);
        String half = MonthDay.parse("--" + halfEnd).toString().substring(2);
        return "case when date_format(" + day + ", '%m-%d') >= '" + start + "' then concat(year(" + day + ") + 1, 'S1')"
                + " when date_format(" + day + ", '%m-%d') <= '" + half + "' then concat(year(" + day + "), 'S1')"
                + " else concat(year(" + day + "), 'S2') end";
    }

    public Period parse(String code) {
        return parse(code, "period");
    }

    /** The period for a code; a 400 naming the field when the code is not one. */
    public Period parse(String code, String field) {
        Matcher m = code == null ? null : CODE.matcher(code.trim());
        if (m == null || !m.matches()) {
            throw ProblemException.invalid(field, "period-code");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1990 || year > 2100) {
            throw ProblemException.invalid(field, "period-code");
        }
        MonthDay start = MonthDay.parse("--" + yearStart);
        MonthDay half = MonthDay.parse("--" + halfEnd);
        LocalDate from = start.atYear(year - 1);
        LocalDate to = start.atYear(year).minusDays(1);
        LocalDate halfTo = half.atYear(year);
        String h = m.group(3);
        if (h == null) {
            return new Period(code.trim(), from, to);
        }
        return h.equals("1") ? new Period(code.trim(), from, halfTo) : new Period(code.trim(), halfTo.plusDays(1), to);
    }
}
