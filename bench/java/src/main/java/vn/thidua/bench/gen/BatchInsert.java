package vn.thidua.bench.gen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Batched inserts: the connection has rewriteBatchedStatements=true, so Connector/J sends each batch as
 * multi-row INSERTs. Commits every few batches to keep the undo log small.
 */
public final class BatchInsert implements AutoCloseable {
    private static final int BATCH = 2000;
    private static final int COMMIT_EVERY = 10_000;
    private final Connection c;
    private final PreparedStatement ps;
    private final int columns;
    private int pending;
    private long rows;

    public BatchInsert(Connection c, String table, String... columns) throws SQLException {
        this.c = c;
        this.columns = columns.length;
        String marks = "?,".repeat(columns.length);
        this.ps = c.prepareStatement("insert into " + table + " (" + String.join(",", columns) + ") values ("
                + marks.substring(0, marks.length() - 1) + ")");
    }

    public void row(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
        rows++;
        if (++pending >= BATCH) {
            flush();
        }
        if (rows % COMMIT_EVERY == 0) {
            flush();
            c.commit();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        c.commit();
        ps.close();
    }
}
