package vn.thidua.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the results as a Markdown table and an HTML page with an inline SVG chart, and prints the table.
 * Input: a TSV written by run.sh, one line per scenario
 * {@code name status rps p50 p95 p99 errors ceiling ratio targets [note]} (targets like {@code ratio>=0.5;p99<100},
 * or {@code -}), and one {@code process rss_mb start_ms targets} line. Targets are judged here.
 */
public final class Report {
    record Row(String name, boolean skipped, Map<String, String> m, String targets) {
    }

    private Report() {
    }

    public static void run(Map<String, String> opts) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(Main.need(opts, "in")), StandardCharsets.UTF_8);
        String title = opts.getOrDefault("title", "ThiDua bench");
        List<String> meta = new ArrayList<>();
        for (String kv : opts.getOrDefault("meta", "").split(";")) {
            if (!kv.isBlank()) {
                meta.add(kv.trim());
            }
        }
        List<Row> rows = new ArrayList<>();
        Row process = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("process")) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("rss_mb", f[1]);
                m.put("start_ms", f[2]);
                process = new Row("process", false, m, f.length > 3 ? f[3] : "-");
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            String[] keys = {"rps", "p50", "p95", "p99", "errors", "ceiling", "ratio"};
            for (int i = 0; i < keys.length && i + 2 < f.length; i++) {
                m.put(keys[i], f[i + 2]);
            }
            // an optional 11th field is the scenario's note (e.g. "4 connections"), shown beside its name
            String name = f.length > 10 && !f[10].isBlank() ? f[0] + " (" + f[10] + ")" : f[0];
            rows.add(new Row(name, f[1].equals("skipped"), m, f.length > 9 ? f[9] : "-"));
        }

        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        for (String kv : meta) {
            md.append("- ").append(kv.replaceFirst("=", ": ")).append('\n');
        }
        md.append("\n| scenario | rps | p50 ms | p95 ms | p99 ms | errors | JDBC ceiling rps | ratio | target | verdict |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Row r : rows) {
            if (r.skipped()) {
                md.append("| ").append(r.name()).append(" | skipped | | | | | | | ")
                        .append(describe(r.targets())).append(" | - |\n");
                continue;
            }
            md.append("| ").append(r.name());
            for (String k : new String[] {"rps", "p50", "p95", "p99", "errors", "ceiling", "ratio"}) {
                md.append(" | ").append(r.m().getOrDefault(k, "-"));
            }
            md.append(" | ").append(describe(r.targets())).append(" | ").append(verdict(r)).append(" |\n");
        }
        if (process != null) {
            md.append("\n| backend process | value | target | verdict |\n| --- | ---: | --- | --- |\n");
            for (Row r : processRows(process)) {
                md.append("| ").append(r.name()).append(" | ").append(r.m().values().iterator().next()).append(" | ")
                        .append(describe(r.targets())).append(" | ").append(verdict(r)).append(" |\n");
            }
        }
        md.append("""

                Targets: the reads (activity list and search, one nomination with its history, the review queue,
                the movement list, org units) ≥ 50 % of their JDBC ceiling and p99 < 100 ms; creates p99 < 50 ms;
                province-year figures p95 < 300 ms; the annual DOCX < 1 s (p95); backend peak RSS < 512 MB;
                start-to-ready < 5 s (on the full data set). `ratio` = rps / JDBC ceiling rps (the same SQL over
                JDBC, same concurrency, same duration); `trivial` is the HTTP stack's ceiling. Missed targets are
                reported, they do not fail the run.
                """);
        Files.writeString(Path.of(Main.need(opts, "md")), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(Path.of(Main.need(opts, "html")), html(title, meta, md.toString(), rows, process),
                StandardCharsets.UTF_8);
        System.out.print(md);
    }

    /** The process line as one row per measure, each with its own target. */
    static List<Row> processRows(Row process) {
        List<Row> out = new ArrayList<>();
        String[] targets = process.targets().split(";");
        String[][] measures = {{"peak RSS (MB)", "rss_mb"}, {"start-to-ready (ms)", "start_ms"}};
        for (String[] m : measures) {
            String target = "-";
            for (String t : targets) {
                if (t.startsWith(m[1])) {
                    target = t;
                }
            }
            out.add(new Row(m[0], false, Map.of(m[1], process.m().get(m[1])), target));
        }
        return out;
    }

    /** "ratio>=0.5;p99<100" -> "≥ 50 % of ceiling, p99 < 100 ms". */
    static String describe(String targets) {
        if (targets == null || targets.isBlank() || targets.equals("-")) {
            return "-";
        }
        List<String> out = new ArrayList<>();
        for (String t : targets.split(";")) {
            String metric = t.replaceAll("[<>=].*", "");
            String op = t.replaceAll("^[a-z0-9_]+", "").replaceAll("[0-9.]+$", "");
            String value = t.replaceAll("^.*?([0-9.]+)$", "$1");
            String sym = op.equals(">=") ? "≥" : op.equals("<=") ? "≤" : op;
            out.add(switch (metric) {
                case "ratio" -> sym + " " + Math.round(Double.parseDouble(value) * 100) + " % of ceiling";
                case "rss_mb" -> "RSS " + sym + " " + value + " MB";
                case "start_ms" -> "start " + sym + " " + value + " ms";
                default -> metric + " " + sym + " " + value + (metric.startsWith("p") ? " ms" : "");
            });
        }
        return String.join(", ", out);
    }

    static String verdict(Row r) {
        if (r.targets() == null || r.targets().isBlank() || r.targets().equals("-")) {
            return "-";
        }
        // no request finished inside the window: its latencies are not 0, they are unknown (and too long)
        String rps = r.m().get("rps");
        if (rps != null && !rps.isBlank() && !rps.equals("-") && Double.parseDouble(rps) == 0) {
            return "missed (no request completed)";
        }
        for (String t : r.targets().split(";")) {
            String metric = t.replaceAll("[<>=].*", "");
            String op = t.replaceAll("^[a-z0-9_]+", "").replaceAll("[0-9.]+$", "");
            double want = Double.parseDouble(t.replaceAll("^.*?([0-9.]+)$", "$1"));
            String got = r.m().getOrDefault(metric, "-");
            if (got.equals("-") || got.isBlank()) {
                return "missed (no " + metric + ")";
            }
            double v = Double.parseDouble(got);
            boolean ok = switch (op) {
                case "<" -> v < want;
                case "<=" -> v <= want;
                case ">" -> v > want;
                case ">=" -> v >= want;
                default -> false;
            };
            if (!ok) {
                return "missed";
            }
        }
        return "met";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String html(String title, List<String> meta, String md, List<Row> rows, Row process) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font:14px system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                        + "text-align:right}td:first-child,th:first-child,td.t{text-align:left}.met{color:#070}"
                        + ".missed{color:#b00;font-weight:bold}.skip{color:#999}</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<ul>");
        for (String kv : meta) {
            h.append("<li>").append(esc(kv.replaceFirst("=", ": "))).append("</li>");
        }
        h.append("</ul>\n<h2>Throughput (requests/s, log scale): service vs. JDBC ceiling</h2>\n");
        h.append(chart(rows));
        h.append("<h2>Results</h2>\n<table><tr><th>scenario</th><th>rps</th><th>p50 ms</th><th>p95 ms</th>"
                + "<th>p99 ms</th><th>errors</th><th>ceiling rps</th><th>ratio</th><th>target</th><th>verdict</th></tr>\n");
        for (Row r : rows) {
            if (r.skipped()) {
                h.append("<tr class=\"skip\"><td>").append(esc(r.name()))
                        .append("</td><td colspan=\"7\" class=\"t\">skipped (feature not built yet)</td><td class=\"t\">")
                        .append(esc(describe(r.targets()))).append("</td><td class=\"t\">-</td></tr>\n");
                continue;
            }
            h.append("<tr><td>").append(esc(r.name())).append("</td>");
            for (String k : new String[] {"rps", "p50", "p95", "p99", "errors", "ceiling", "ratio"}) {
                h.append("<td>").append(esc(r.m().getOrDefault(k, "-"))).append("</td>");
            }
            String v = verdict(r);
            h.append("<td class=\"t\">").append(esc(describe(r.targets()))).append("</td><td class=\"t ")
                    .append(v.startsWith("missed") ? "missed" : v.equals("met") ? "met" : "").append("\">")
                    .append(esc(v)).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (process != null) {
            h.append("<table><tr><th>backend process</th><th>value</th><th>target</th><th>verdict</th></tr>\n");
            for (Row r : processRows(process)) {
                String v = verdict(r);
                h.append("<tr><td>").append(esc(r.name())).append("</td><td>")
                        .append(esc(r.m().values().iterator().next())).append("</td><td class=\"t\">")
                        .append(esc(describe(r.targets()))).append("</td><td class=\"t ")
                        .append(v.startsWith("missed") ? "missed" : "met").append("\">").append(esc(v))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Markdown</h2>\n<pre>").append(esc(md)).append("</pre>\n</body></html>\n");
        return h.toString();
    }

    /** Horizontal bars on a log10 axis: the service's rps (blue) and, under it, its JDBC ceiling (grey). */
    static String chart(List<Row> rows) {
        List<Row> shown = rows.stream().filter(r -> !r.skipped()).toList();
        double max = 1;
        for (Row r : shown) {
            max = Math.max(max, num(r.m().get("rps")));
            max = Math.max(max, num(r.m().get("ceiling")));
        }
        double top = Math.pow(10, Math.ceil(Math.log10(max)));
        int left = 110;
        int width = 640;
        int barH = 14;
        int rowH = 40;
        int height = 30 + rowH * shown.size() + 20;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-size=\"12\" "
                        + "font-family=\"system-ui,sans-serif\" role=\"img\" aria-label=\"requests per second\">\n",
                left + width + 90, height));
        for (double tick = 1; tick <= top; tick *= 10) {
            double x = left + width * Math.log10(tick) / Math.log10(top);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"14\" text-anchor=\"middle\" fill=\"#666\">%s</text>\n", x, x, height - 10,
                    x, tick >= 1000 ? (long) (tick / 1000) + "k" : String.valueOf((long) tick)));
        }
        int y = 30;
        for (Row r : shown) {
            double rps = num(r.m().get("rps"));
            double ceil = num(r.m().get("ceiling"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", left - 8,
                    y + barH, esc(r.name())));
            s.append(bar(left, width, top, y, barH, rps, "#3b6fd4", "rps"));
            if (ceil > 0) {
                s.append(bar(left, width, top, y + barH + 2, barH - 4, ceil, "#aaa", "ceiling"));
            }
            y += rowH;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    static String bar(int left, int width, double top, int y, int h, double v, String color, String label) {
        double w = v <= 1 ? 1 : width * Math.log10(v) / Math.log10(top);
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %.0f"
                + "</title></rect><text x=\"%.1f\" y=\"%d\" fill=\"#333\">%.0f</text>\n", left, y, Math.max(w, 1), h,
                color, label, v, left + Math.max(w, 1) + 4, y + h - 2, v);
    }

    static double num(String s) {
        try {
            return s == null ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
