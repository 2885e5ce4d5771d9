package vn.thidua.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What the database holds, read over JDBC beside the API: table checksums (a refused request must leave every table
 * as it was) and every stored text. {@link #snapshot()} leaves out the bookkeeping tables a refusal may legitimately
 * touch: the audit log, login throttling, rate counters, idempotency records.
 */
final class Tables {
    static final Set<String> BOOKKEEPING = Set.of("audit_event", "login_throttle", "integration_rate",
            "idempotency_record", "idempotency_key");

    private final DataSource db;
    private final List<String> tables = new ArrayList<>();

    Tables(DataSource db) {
        this.db = db;
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                if (!rs.getString(1).startsWith("flyway")) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CHECKSUM TABLE of every table but the excluded ones: equal maps mean equal contents. */
    Map<String, Long> checksums(Set<String> excluded) {
        List<String> names = tables.stream().filter(t -> !excluded.contains(t)).toList();
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("CHECKSUM TABLE " + String.join(", ", names))) {
            while (rs.next()) {
                String table = rs.getString(1);
                sums.put(table.substring(table.indexOf('.') + 1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    /** Checksums of every table but the bookkeeping ones. */
    Map<String, Long> snapshot() {
        return checksums(BOOKKEEPING);
    }

    /** The tables whose checksum differs. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    /** Every stored text value that is not NFC, as "table.column=#id: value…". */
    List<String> nonNfcTexts() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                     + "WHERE table_schema = DATABASE() AND data_type IN ('char','varchar','text','mediumtext',"
                     + "'longtext','tinytext') ORDER BY table_name, ordinal_position")) {
            while (rs.next()) {
                if (tables.contains(rs.getString(1))) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> found = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (Map.Entry<String, List<String>> t : columns.entrySet()) {
                String cols = String.join(", ", t.getValue().stream().map(n -> "`" + n + "`").toList());
                try (ResultSet rs = st.executeQuery("SELECT " + cols + " FROM `" + t.getKey() + "`")) {
                    while (rs.next()) {
                        for (int i = 1; i <= t.getValue().size(); i++) {
                            String v = rs.getString(i);
                            if (v != null && !Normalizer.isNormalized(v, Normalizer.Form.NFC)) {
                                found.add(t.getKey() + "." + t.getValue().get(i - 1) + ": "
                                        + v.substring(0, Math.min(60, v.length())));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
