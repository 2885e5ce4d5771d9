package vn.thidua.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** JDBC connections for the tools; the URL is the backend's own (same driver, same parameters). */
public final class Db {
    private Db() {
    }

    public static Connection connect(Map<String, String> opts) throws SQLException {
        String url = Main.need(opts, "url");
        return DriverManager.getConnection(url, opts.getOrDefault("user", "root"), opts.getOrDefault("password", ""));
    }

    public static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(c.getCatalog(), null, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    public static long scalarLong(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    public static String scalarString(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
