package vn.thidua.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The checksum of every table that holds what users wrote, read over JDBC: a refused request must leave all of
 * them as they were. Bookkeeping tables that a refusal may legitimately touch (the audit log, login throttling,
 * rate counters, Flyway's history) are left out.
 */
final class Checksums {
    private static final Set<String> BOOKKEEPING = Set.of("audit_event", "login_throttle", "integration_rate",
            "flyway_schema_history", "idempotency_record", "idempotency_key");

    private final DataSource ds;
    private final List<String> tables = new ArrayList<>();

    Checksums(DataSource ds) {
        this.ds = ds;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = database() and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (!BOOKKEEPING.contains(t.toLowerCase())) {
                    tables.add(t);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> tables() {
        return tables;
    }

    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("checksum table " + String.join(", ", tables.stream()
                     .map(t -> "`" + t + "`").toList()))) {
            while (rs.next()) {
                String name = rs.getString(1);
                out.put(name.substring(name.indexOf('.') + 1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The tables whose checksum differs. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        List<String> out = new ArrayList<>();
        before.forEach((t, sum) -> {
            if (!sum.equals(after.get(t))) {
                out.add(t);
            }
        });
        return out;
    }
}
