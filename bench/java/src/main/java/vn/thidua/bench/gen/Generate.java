package vn.thidua.bench.gen;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import vn.thidua.bench.Db;
import vn.thidua.bench.Main;

/** Runs the generators in order into a migrated database, printing rows and rows per second for each. */
public final class Generate {
    /** In dependency order: a generator may use ids that an earlier one put in the context. */
    static final List<RecordGenerator> GENERATORS = List.of(new OrgTreeGenerator(), new UserGenerator(),
            new MovementGenerator(), new PlanGenerator(), new NominationGenerator(), new ActivityGenerator(), new CommunicationGenerator(), new ReportGenerator());

    private Generate() {
    }

    /** The server accepts LOAD DATA LOCAL: local_infile is on, or can be switched on (root may). */
    static boolean localInfile(Connection c) {
        try {
            if (Db.scalarLong(c, "select @@global.local_infile") == 1) {
                return true;
            }
            try (var st = c.createStatement()) {
                st.execute("set global local_infile = 1");
            }
            return Db.scalarLong(c, "select @@global.local_infile") == 1;
        } catch (java.sql.SQLException e) {
            System.out.println("  (local_infile stays off: " + e.getMessage() + ")");
            return false;
        }
    }

    public static void run(Map<String, String> opts) throws Exception {
        double scale = Double.parseDouble(opts.getOrDefault("scale", "1"));
        String hash = Main.need(opts, "password-hash");
        long seed = Long.parseLong(opts.getOrDefault("seed", "20210101"));
        long started = System.nanoTime();
        long total = 0;
        // LOAD DATA LOCAL INFILE needs it on the client side; only the generator's own connection asks for it
        Map<String, String> local = new java.util.HashMap<>(opts);
        String url = Main.need(opts, "url");
        boolean wantLoad = !"false".equals(opts.get("load-data"));
        if (wantLoad && !url.contains("allowLoadLocalInfile")) {
            local.put("url", url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true");
        }
        try (Connection c = Db.connect(local)) {
            BatchInsert.loadData = wantLoad && localInfile(c);
            System.out.println("  loading with " + (BatchInsert.loadData ? "LOAD DATA LOCAL INFILE"
                    : "multi-row INSERTs (LOAD DATA LOCAL is off)"));
            c.setAutoCommit(false);
            int threads = Integer.parseInt(opts.getOrDefault("load-threads", "1"));
            List<Connection> loaderConns = new java.util.ArrayList<>();
            if (BatchInsert.loadData && threads > 1) {
                BatchInsert.loaders = new java.util.concurrent.ArrayBlockingQueue<>(threads);
                for (int i = 0; i < threads; i++) {
                    Connection lc = Db.connect(local);
                    lc.setAutoCommit(false);
                    try (var st = lc.createStatement()) {
                        st.execute("set foreign_key_checks = 0");
                        st.execute("set unique_checks = 0");
                    }
                    loaderConns.add(lc);
                    BatchInsert.loaders.add(lc);
                }
                BatchInsert.pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 1,
                        java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(threads),
                        new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
                System.out.println("  " + threads + " loader connections");
            }
            try (var st = c.createStatement()) {
                // a fresh bench database: the generator's rows are consistent by construction
                st.execute("set foreign_key_checks = 0");
                st.execute("set unique_checks = 0");
            }
            GenContext ctx = new GenContext(c, scale, seed, hash);
            for (RecordGenerator g : GENERATORS) {
                String missing = null;
                for (String t : g.requiredTables()) {
                    if (!Db.tableExists(c, t)) {
                        missing = t;
                        break;
                    }
                }
                if (missing != null) {
                    System.out.printf("  %-15s skipped (no table %s yet; %,d rows wanted at this scale)%n", g.name(),
                            missing, ctx.scaled(g.baseCount(), 1));
                    continue;
                }
                long t0 = System.nanoTime();
                Map<String, Long> before = new java.util.HashMap<>(BatchInsert.ROWS);
                long rows = g.generate(ctx);
                c.commit();
                double secs = (System.nanoTime() - t0) / 1e9;
                total += rows;
                System.out.printf("  %-15s %,10d rows in %6.2f s = %,10.0f rows/s%n", g.name(), rows, secs,
                        rows / Math.max(secs, 1e-6));
                // a generator writing several tables: each table's rows (they load interleaved, over the same time)
                List<String> tables = BatchInsert.ROWS.keySet().stream()
                        .filter(t -> !BatchInsert.ROWS.get(t).equals(before.get(t))).sorted().toList();
                if (tables.size() > 1) {
                    for (String t : tables) {
                        long n = BatchInsert.ROWS.get(t) - before.getOrDefault(t, 0L);
                        System.out.printf("    %-24s %,10d rows        = %,10.0f rows/s%n", t, n,
                                n / Math.max(secs, 1e-6));
                    }
                }
            }
            if (BatchInsert.pool != null) {
                BatchInsert.pool.shutdown();
                for (Connection lc : loaderConns) {
                    lc.close();
                }
            }
            try (var st = c.createStatement()) {
                st.execute("set foreign_key_checks = 1");
                st.execute("set unique_checks = 1");
            }
            c.commit();
        }
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %-15s %,10d rows in %6.2f s = %,10.0f rows/s%n", "total", total, secs,
                total / Math.max(secs, 1e-6));
    }
}
