package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.thidua.bench.Db;

/**
 * GET /api/v1/org-units?size=20&sort=name,asc as admin: the first page of the caller's subtree by name, and
 * its count, each unit with its successor's name (what OrgUnitService.list runs; for the tree's root without
 * the closure).
 */
public final class OrgUnitsCeiling implements CeilingQuery {
    @Override
    public String name() {
        return "org-units";
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"org_unit", "org_unit_closure", "user_account"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        long root = Db.scalarLong(c, "select org_unit_id from user_account where username = 'admin'");
        // as OrgScope.inSubtree: the tree's root sees every unit, and the service's query carries no unit filter
        boolean whole = Db.scalarLong(c, "select count(*) from org_unit where id = " + root + " and parent_id is null") == 1;
        String where = whole ? " where ? > 0"
                : " where u.id in (select descendant_id from org_unit_closure where ancestor_id = ?)";
        PreparedStatement page = c.prepareStatement("select u.*, s.name from org_unit u left join org_unit s"
                + " on s.id = u.successor_id" + where + " order by u.name, u.id limit 20");
        PreparedStatement count = c.prepareStatement("select count(*) from org_unit u" + where);
        return r -> {
            page.setLong(1, root);
            CeilingQuery.drain(page.executeQuery());
            count.setLong(1, root);
            CeilingQuery.drain(count.executeQuery());
        };
    }
}
