package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;

/**
 * The SQL a read scenario makes the service run, run straight over JDBC: the database ceiling for that
 * scenario. A feature that adds a read scenario adds a class here with the same SQL its repository issues
 * (the same parameters the wrk script sends) and registers it in {@link CeilingRunner#QUERIES}.
 */
public interface CeilingQuery {
    /** The scenario's name, as in bench/scenarios/NAME.sh. */
    String name();

    String[] requiredTables();

    /** One worker's statements, prepared on its own connection; parameters looked up once here. */
    Op open(Connection c) throws SQLException;

    /** As {@link #open(Connection)}, with the scenario's parameters (run.sh passes SCN_CEILING_ARGS). */
    default Op open(Connection c, java.util.Map<String, String> opts) throws SQLException {
        return open(c);
    }

    interface Op {
        /** One request's worth of SQL, reading every row and column as the service would. */
        void run(Random r) throws SQLException;
    }

    /** Reads every column of every row, so the ceiling pays for the transfer as the service does. */
    static int drain(ResultSet rs) throws SQLException {
        int n = 0;
        int cols = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int i = 1; i <= cols; i++) {
                rs.getObject(i);
            }
            n++;
        }
        rs.close();
        return n;
    }
}
