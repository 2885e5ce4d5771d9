package vn.thidua.bench.gen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Bulk rows into one table. Preferred: {@code LOAD DATA LOCAL INFILE} from an in-memory tab-separated stream,
 * {@value #CHUNK} rows per statement (the connection needs {@code allowLoadLocalInfile=true}, the server
 * {@code local_infile=ON}; {@link Generate} sets both up). Otherwise, or when the server refuses it, batched
 * INSERTs: the connection has rewriteBatchedStatements=true, so Connector/J sends each batch as multi-row
 * INSERTs. Either way it commits every {@value #CHUNK} rows to keep the undo log small.
 */
public final class BatchInsert implements AutoCloseable {
    private static final int BATCH = 2000;
    private static final int CHUNK = 20_000;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    /** Whether LOAD DATA LOCAL works on this run (decided by {@link Generate}). */
    static volatile boolean loadData;
    /**
     * With LOAD DATA: the loaders, one connection each, fed chunks by the generating thread (set up by
     * {@link Generate}); several statements in flight load faster on a busy machine than one.
     */
    static java.util.concurrent.BlockingQueue<Connection> loaders;
    static java.util.concurrent.ExecutorService pool;
    /** Rows written per table in this run (the load summary prints them per table). */
    static final java.util.Map<String, Long> ROWS = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.List<java.util.concurrent.Future<?>> inFlight = new java.util.ArrayList<>();

    private final Connection c;
    private final String table;
    private final String[] columns;
    private PreparedStatement ps;
    private final ByteArrayOutputStream tsv = new ByteArrayOutputStream(1 << 22);
    private final StringBuilder line = new StringBuilder(512);
    private int pending;
    private long rows;

    public BatchInsert(Connection c, String table, String... columns) throws SQLException {
        this.c = c;
        this.table = table;
        this.columns = columns;
    }

    public void row(Object... values) throws SQLException {
        if (values.length != columns.length) {
            throw new IllegalArgumentException("expected " + columns.length + " values, got " + values.length);
        }
        if (loadData) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                field(line, values[i]);
            }
            line.append('\n');
            tsv.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            PreparedStatement p = insert();
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.addBatch();
            if (pending + 1 >= BATCH) {
                p.executeBatch();
                pending = -1;
            }
        }
        pending++;
        rows++;
        if (rows % CHUNK == 0) {
            flush();
            c.commit();
        }
    }

    private PreparedStatement insert() throws SQLException {
        if (ps == null) {
            String marks = "?,".repeat(columns.length);
            ps = c.prepareStatement("insert into " + table + " (" + String.join(",", columns) + ") values ("
                    + marks.substring(0, marks.length() - 1) + ")");
        }
        return ps;
    }

    private static void field(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("\\N");
        } else if (v instanceof Boolean b) {
            sb.append(b ? '1' : '0');
        } else if (v instanceof Timestamp t) {
            sb.append(TS.format(t.toLocalDateTime()));
        } else if (v instanceof LocalDateTime t) {
            sb.append(TS.format(t));
        } else if (v instanceof Number || v instanceof java.sql.Date) {
            sb.append(v);
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\0' -> sb.append("\\0");
                    default -> sb.append(ch);
                }
            }
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        if (loadData && pool != null) {
            byte[] data = tsv.toByteArray();
            tsv.reset();
            inFlight.removeIf(java.util.concurrent.Future::isDone);
            inFlight.add(pool.submit(() -> {
                Connection lc = loaders.take();
                try {
                    load(lc, data);
                    lc.commit();
                } finally {
                    loaders.put(lc);
                }
                return null;
            }));
        } else if (loadData) {
            byte[] data = tsv.toByteArray();
            tsv.reset();
            load(c, data);
        } else {
            ps.executeBatch();
        }
        pending = 0;
    }

    private void load(Connection on, byte[] data) throws SQLException {
        try (Statement st = on.createStatement()) {
            st.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(data));
            st.execute("load data local infile 'bench.tsv' into table " + table + " character set utf8mb4"
                    + " fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' ("
                    + String.join(",", columns) + ")");
            if (st.getWarnings() != null) {
                throw new SQLException("LOAD DATA into " + table + " warned: " + st.getWarnings().getMessage());
            }
        }
    }

    /** Waits for this table's chunks in flight (their errors surface here). */
    private void drain() throws SQLException {
        for (java.util.concurrent.Future<?> f : inFlight) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof SQLException se ? se : new SQLException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
        }
        inFlight.clear();
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        ROWS.merge(table, rows, Long::sum);
        flush();
        drain();
        c.commit();
        if (ps != null) {
            ps.close();
        }
    }
}
