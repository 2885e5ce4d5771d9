package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import vn.thidua.bench.Db;
import vn.thidua.bench.Main;

/**
 * Runs a scenario's SQL from N threads (one connection each) for a warm-up then a measured period, and prints
 * {@code CEILING name rps=.. p50_ms=.. p95_ms=.. p99_ms=.. errors=..}.
 */
public final class CeilingRunner {
    static final List<CeilingQuery> QUERIES = List.of(new OrgUnitsCeiling(), new ActivityListCeiling("list"),
            new ActivityListCeiling("search"), new ActivityListCeiling("search-totals"),
            new FiguresCeiling(), new NominationCeiling(), new ReviewQueueCeiling(),
            new MovementListCeiling());

    private CeilingRunner() {
    }

    public static int run(Map<String, String> opts) throws Exception {
        String name = Main.need(opts, "scenario");
        int threads = Integer.parseInt(opts.getOrDefault("threads", "32"));
        double warmup = Double.parseDouble(opts.getOrDefault("warmup", "2"));
        double seconds = Double.parseDouble(opts.getOrDefault("seconds", "3"));
        CeilingQuery q = QUERIES.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        if (q == null) {
            System.out.println("CEILING " + name + " none (no JDBC ceiling defined)");
            return 3;
        }
        try (Connection c = Db.connect(opts)) {
            for (String t : q.requiredTables()) {
                if (!Db.tableExists(c, t)) {
                    System.out.println("CEILING " + name + " none (no table " + t + ")");
                    return 3;
                }
            }
        }
        List<Connection> conns = new ArrayList<>();
        List<CeilingQuery.Op> ops = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Connection c = Db.connect(opts);
            conns.add(c);
            ops.add(q.open(c, opts));
        }
        long[][] lat = new long[threads][];
        int[] counts = new int[threads];
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        long measureFrom = t0 + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            final int k = i;
            lat[k] = new long[1 << 14];
            ts[i] = new Thread(() -> {
                Random r = new Random(k);
                CeilingQuery.Op op = ops.get(k);
                while (true) {
                    long s = System.nanoTime();
                    if (s >= end) {
                        break;
                    }
                    try {
                        op.run(r);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() == 1) {
                            System.err.println("ceiling " + name + ": " + e);
                        }
                        continue;
                    }
                    long f = System.nanoTime();
                    if (s >= measureFrom && f <= end) {
                        if (counts[k] == lat[k].length) {
                            lat[k] = Arrays.copyOf(lat[k], lat[k].length * 2);
                        }
                        lat[k][counts[k]++] = f - s;
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (Connection c : conns) {
            c.close();
        }
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        long[] all = new long[n];
        int p = 0;
        for (int i = 0; i < threads; i++) {
            System.arraycopy(lat[i], 0, all, p, counts[i]);
            p += counts[i];
        }
        Arrays.sort(all);
        System.out.printf("CEILING %s rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d%n", name, n / seconds,
                pct(all, 50), pct(all, 95), pct(all, 99), errors.get());
        return 0;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
