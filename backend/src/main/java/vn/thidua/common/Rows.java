package vn.thidua.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Values of a JDBC row as the API shows them: nullable numbers, and DATETIME columns (UTC) as instants. */
public final class Rows {
    private Rows() {
    }

    public static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    public static Instant instant(ResultSet rs, String col) throws SQLException {
        return utc(rs.getObject(col, LocalDateTime.class));
    }

    public static Instant instant(ResultSet rs, int col) throws SQLException {
        return utc(rs.getObject(col, LocalDateTime.class));
    }

    private static Instant utc(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
