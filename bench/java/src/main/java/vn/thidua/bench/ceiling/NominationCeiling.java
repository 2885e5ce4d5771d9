package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import vn.thidua.bench.Db;

/**
 * GET /api/v1/nominations/{id} and GET /api/v1/nominations/{id}/history of one random nomination among the
 * scenario's ({@code --ids 1,2,3}), alternately as the wrk script sends them, with the statements Hibernate issues
 * for each (docs/nominations.md): the nomination, the caller's account (CurrentUser), the scope check on the
 * closure, then the unit (detail) or the events in id order (history). Admin is the caller.
 */
public final class NominationCeiling implements CeilingQuery {
    @Override
    public String name() {
        return "nomination";
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"nomination", "nomination_event", "org_unit", "org_unit_closure", "user_account"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        return open(c, Map.of());
    }

    @Override
    public Op open(Connection c, Map<String, String> opts) throws SQLException {
        long[] ids = opts.containsKey("ids")
                ? Arrays.stream(opts.get("ids").split(",")).mapToLong(Long::parseLong).toArray()
                : new long[] {Db.scalarLong(c, "select min(id) from nomination")};
        long userId = Db.scalarLong(c, "select id from user_account where username = 'admin'");
        PreparedStatement user = c.prepareStatement("select * from user_account where id = ?");
        PreparedStatement nomination = c.prepareStatement("select * from nomination where id = ?");
        PreparedStatement scope = c.prepareStatement(
                "select count(*) from org_unit_closure where ancestor_id = ? and descendant_id = ?");
        PreparedStatement unit = c.prepareStatement("select * from org_unit where id = ?");
        PreparedStatement events = c.prepareStatement(
                "select * from nomination_event where nomination_id = ? order by id");
        boolean[] detail = {true};
        long[] current = {ids[0]};
        return r -> {
            if (detail[0]) {
                current[0] = ids[r.nextInt(ids.length)];
            }
            long id = current[0];
            nomination.setLong(1, id);
            long unitId;
            try (var rs = nomination.executeQuery()) {
                rs.next();
                unitId = rs.getLong("org_unit_id");
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    rs.getObject(i);
                }
            }
            user.setLong(1, userId);
            long root;
            try (var rs = user.executeQuery()) {
                rs.next();
                root = rs.getLong("org_unit_id");
            }
            scope.setLong(1, root);
            scope.setLong(2, unitId);
            CeilingQuery.drain(scope.executeQuery());
            if (detail[0]) {
                unit.setLong(1, unitId);
                CeilingQuery.drain(unit.executeQuery());
            } else {
                events.setLong(1, id);
                CeilingQuery.drain(events.executeQuery());
            }
            detail[0] = !detail[0];
        };
    }
}
