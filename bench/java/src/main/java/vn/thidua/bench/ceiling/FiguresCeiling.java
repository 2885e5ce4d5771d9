package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/figures?orgUnitId=ROOT&period=YEAR: what the request runs — the caller's account and the scope check,
 * the children active in the period (OrgUnitService.childrenActiveBetween), the tallied sections' rows of the unit
 * and the children's total rows for the period (FigureTally.read), the movements section and its per-child query
 * (MovementFigures) and the unit's name. Parameters: {@code --org-unit ID} (default admin's root), {@code --period
 * YEAR}.
 */
public final class FiguresCeiling implements CeilingQuery {
    private static final String SECTIONS = "'activities', 'communications', 'nominations'";
    private static final String OVERLAP = "m.start_date <= ? and (m.end_date is null or m.end_date >= ?)";

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"figure_tally", "movement", "movement_registration", "org_unit", "org_unit_closure",
            "user_account"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        return open(c, Map.of());
    }

    @Override
    public Op open(Connection c, Map<String, String> opts) throws SQLException {
        long userId = vn.thidua.bench.Db.scalarLong(c, "select id from user_account where username = 'admin'");
        long root = opts.containsKey("org-unit") ? Long.parseLong(opts.get("org-unit"))
                : vn.thidua.bench.Db.scalarLong(c, "select org_unit_id from user_account where username = 'admin'");
        String year = opts.getOrDefault("period", "2025");
        int y = Integer.parseInt(year);
        Date from = Date.valueOf(LocalDate.of(y - 1, 12, 15));
        Date to = Date.valueOf(LocalDate.of(y, 12, 14));
        PreparedStatement user = c.prepareStatement("select * from user_account where id = ?");
        PreparedStatement scope = c.prepareStatement(
                "select count(*) from org_unit_closure where ancestor_id = ? and descendant_id = ?");
        PreparedStatement children = c.prepareStatement("select * from org_unit where parent_id = ? and valid_from <= ?"
                + " and (valid_to is null or valid_to >= ?) order by name, id");
        // as FigureTally.read: a key's value is the sum of its stripes
        PreparedStatement own = c.prepareStatement("select section, group_key, sum(v1), sum(v2), sum(v3), sum(v4),"
                + " sum(v5), sum(v6) from figure_tally where period = ? and section in (" + SECTIONS + ")"
                + " and org_unit_id = ? and group_key <> '' group by section, group_key");
        PreparedStatement movements = c.prepareStatement("select m.kind, count(distinct m.id), count(r.id) from movement m"
                + " left join movement_registration r on r.movement_id = m.id and r.org_unit_id in"
                + " (select descendant_id from org_unit_closure where ancestor_id = ?) where " + OVERLAP
                + " group by m.kind");
        PreparedStatement unit = c.prepareStatement("select * from org_unit where id = ?");
        // the children do not change during a run: the IN lists are prepared once
        children.setLong(1, root);
        children.setDate(2, to);
        children.setDate(3, from);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = children.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong("id"));
            }
        }
        String in = String.join(",", Collections.nCopies(Math.max(1, ids.size()), "?"));
        PreparedStatement childTotals = c.prepareStatement("select org_unit_id, section, sum(v1), sum(v2), sum(v3),"
                + " sum(v4), sum(v5), sum(v6) from figure_tally where period = ? and section in (" + SECTIONS + ")"
                + " and org_unit_id in (" + in + ") and group_key = '' group by org_unit_id, section");
        PreparedStatement childMovements = c.prepareStatement("select c.ancestor_id, count(r.id) from"
                + " movement_registration r join movement m on m.id = r.movement_id join org_unit_closure c"
                + " on c.descendant_id = r.org_unit_id where c.ancestor_id in (" + in + ") and " + OVERLAP
                + " group by c.ancestor_id");
        return r -> {
            user.setLong(1, userId);
            CeilingQuery.drain(user.executeQuery());
            scope.setLong(1, root);
            scope.setLong(2, root);
            CeilingQuery.drain(scope.executeQuery());
            CeilingQuery.drain(children.executeQuery());
            own.setString(1, year);
            own.setLong(2, root);
            CeilingQuery.drain(own.executeQuery());
            movements.setLong(1, root);
            movements.setDate(2, to);
            movements.setDate(3, from);
            CeilingQuery.drain(movements.executeQuery());
            if (!ids.isEmpty()) {
                int i = 1;
                childTotals.setString(i++, year);
                for (Long id : ids) {
                    childTotals.setLong(i++, id);
                }
                CeilingQuery.drain(childTotals.executeQuery());
                i = 1;
                for (Long id : ids) {
                    childMovements.setLong(i++, id);
                }
                childMovements.setDate(i++, to);
                childMovements.setDate(i, from);
                CeilingQuery.drain(childMovements.executeQuery());
            }
            unit.setLong(1, root);
            CeilingQuery.drain(unit.executeQuery());
        };
    }
}
