package vn.thidua.bench.gen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link BatchInsert} that adapts to the table as its migration really made it: a generator offers the
 * columns it knows (by the domain's names, snake_case) and only those the table has are written. A NOT NULL
 * column without a default that the generator does not offer is an error naming the column, so the
 * generator is updated together with the migration instead of silently writing partial rows.
 */
public final class TableInsert implements AutoCloseable {
    private final BatchInsert insert;
    private final int[] keep;
    private final Object[] values;

    public TableInsert(Connection c, String table, String... offered) throws SQLException {
        Set<String> offer = new HashSet<>();
        for (String o : offered) {
            offer.add(o.toLowerCase(Locale.ROOT));
        }
        Set<String> present = new HashSet<>();
        List<String> missingRequired = new ArrayList<>();
        try (var ps = c.prepareStatement("select column_name, is_nullable, column_default, extra "
                + "from information_schema.columns where table_schema = database() and table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String col = rs.getString(1).toLowerCase(Locale.ROOT);
                    present.add(col);
                    boolean required = "NO".equals(rs.getString(2)) && rs.getString(3) == null
                            && !String.valueOf(rs.getString(4)).contains("auto_increment");
                    if (required && !offer.contains(col)) {
                        missingRequired.add(col);
                    }
                }
            }
        }
        if (present.isEmpty()) {
            throw new IllegalStateException("no table " + table);
        }
        if (!missingRequired.isEmpty()) {
            throw new IllegalStateException(table + " has required columns the bench generator does not fill: "
                    + missingRequired + " (update its generator in bench/java/.../gen/)");
        }
        List<String> cols = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < offered.length; i++) {
            if (present.contains(offered[i].toLowerCase(Locale.ROOT))) {
                cols.add(offered[i]);
                idx.add(i);
            }
        }
        keep = idx.stream().mapToInt(Integer::intValue).toArray();
        values = new Object[keep.length];
        insert = new BatchInsert(c, table, cols.toArray(String[]::new));
    }

    /** Values in the order of the offered columns; those the table lacks are dropped. */
    public void row(Object... offeredValues) throws SQLException {
        for (int i = 0; i < keep.length; i++) {
            values[i] = offeredValues[keep[i]];
        }
        insert.row(values);
    }

    public long rows() {
        return insert.rows();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
