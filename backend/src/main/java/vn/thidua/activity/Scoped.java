package vn.thidua.activity;

import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.common.PageRequest;
import vn.thidua.common.Periods;
import vn.thidua.common.TextFold;

/** Small pieces the activity and communication lists share. */
public final class Scoped {
    private Scoped() {
    }

    /** The date range of `period` narrowed by `from`/`to`; [null, null] when neither is given. */
    public static LocalDate[] range(Periods periods, String period, LocalDate from, LocalDate to) {
        LocalDate f = from;
        LocalDate t = to;
        if (period != null && !period.isBlank()) {
            Periods.Period p = periods.parse(period);
            f = f == null || f.isBefore(p.from()) ? p.from() : f;
            t = t == null || t.isAfter(p.to()) ? p.to() : t;
        }
        return new LocalDate[]{f, t};
    }

    /** ORDER BY for a validated PageRequest whose sortable map gives SQL columns of alias `a`. */
    public static String orderBy(PageRequest pr) {
        return pr.sort().getColumns().stream()
                .map(c -> (c.getName().equals("id") ? "a.id" : c.getName())
                        + (c.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
    }

    public static Map<String, String> sortable(String... pairs) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    public static String folded(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(sb.isEmpty() ? "" : " ").append(p);
            }
        }
        String f = TextFold.fold(sb.toString());
        return f.length() > 700 ? f.substring(0, 700) : f;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
