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
 * GET /api/v1/figures?orgUnitId=ROOT&period=YEAR: what FiguresService.compute runs — each source's section query
 * (SqlFigures.section: activities per type, communications per channel, flagged records left out), the children
 * active in the period (OrgUnitService.childrenActiveBetween), each source's per-child-subtree query
 * (SqlFigures.perSubtree) and the unit's name. Parameters: {@code --org-unit ID} (default admin's root),
 * {@code --period YEAR}.
 */
public final class FiguresCeiling implements CeilingQuery {
    private static final String ACT_SUMS = ", count(*), coalesce(sum(t.participants), 0), coalesce(sum(t.beneficiaries), 0)"
            + ", coalesce(sum(t.gift_count), 0), coalesce(sum(t.gift_cash_vnd), 0), coalesce(sum(t.gift_in_kind_vnd), 0)"
            + " from activity t ";
    private static final String COM_SUMS = ", count(*), coalesce(sum(t.audience), 0), coalesce(sum(t.quantity), 0)"
            + " from communication t ";

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"activity", "communication", "org_unit", "org_unit_closure"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        return open(c, Map.of());
    }

    @Override
    public Op open(Connection c, Map<String, String> opts) throws SQLException {
        long root = opts.containsKey("org-unit") ? Long.parseLong(opts.get("org-unit"))
                : vn.thidua.bench.Db.scalarLong(c, "select org_unit_id from user_account where username = 'admin'");
        int y = Integer.parseInt(opts.getOrDefault("period", "2025"));
        Date from = Date.valueOf(LocalDate.of(y - 1, 12, 15));
        Date to = Date.valueOf(LocalDate.of(y, 12, 14));
        // as SqlFigures: the subtree's unit ids from the closure, then org_unit_id IN (...) and the date range
        PreparedStatement subtree = c.prepareStatement(
                "select descendant_id from org_unit_closure where ancestor_id = ? order by descendant_id");
        List<Long> units = ActivityListCeiling.subtreeIds(subtree, root);
        String unitsIn = String.join(",", Collections.nCopies(units.size(), "?"));
        PreparedStatement actSection = c.prepareStatement("select t.type" + ACT_SUMS + "where t.org_unit_id in ("
                + unitsIn + ") and t.start_date between ? and ? and t.status <> 'FLAGGED' group by t.type");
        PreparedStatement comSection = c.prepareStatement("select t.channel" + COM_SUMS + "where t.org_unit_id in ("
                + unitsIn + ") and t.published_on between ? and ? and t.status <> 'FLAGGED' group by t.channel");
        PreparedStatement children = c.prepareStatement("select * from org_unit where parent_id = ? and valid_from <= ?"
                + " and (valid_to is null or valid_to >= ?) order by name, id");
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
        PreparedStatement pairs = c.prepareStatement(
                "select ancestor_id, descendant_id from org_unit_closure where ancestor_id in (" + in + ")");
        for (int i = 0; i < ids.size(); i++) {
            pairs.setLong(i + 1, ids.get(i));
        }
        java.util.Set<Long> members = new java.util.TreeSet<>();
        try (ResultSet rs = pairs.executeQuery()) {
            while (rs.next()) {
                members.add(rs.getLong(2));
            }
        }
        String membersIn = String.join(",", Collections.nCopies(Math.max(1, members.size()), "?"));
        PreparedStatement actChildren = c.prepareStatement("select t.org_unit_id" + ACT_SUMS + "where t.org_unit_id in ("
                + membersIn + ") and t.start_date between ? and ? and t.status <> 'FLAGGED' group by t.org_unit_id");
        PreparedStatement comChildren = c.prepareStatement("select t.org_unit_id" + COM_SUMS + "where t.org_unit_id in ("
                + membersIn + ") and t.published_on between ? and ? and t.status <> 'FLAGGED' group by t.org_unit_id");
        return r -> {
            ActivityListCeiling.subtreeIds(subtree, root);
            for (PreparedStatement s : new PreparedStatement[] {actSection, comSection}) {
                int i = 1;
                for (Long id : units) {
                    s.setLong(i++, id);
                }
                s.setDate(i++, from);
                s.setDate(i, to);
                CeilingQuery.drain(s.executeQuery());
            }
            CeilingQuery.drain(children.executeQuery());
            if (!ids.isEmpty()) {
                CeilingQuery.drain(pairs.executeQuery());
                for (PreparedStatement s : new PreparedStatement[] {actChildren, comChildren}) {
                    int i = 1;
                    for (Long id : members) {
                        s.setLong(i++, id);
                    }
                    s.setDate(i++, from);
                    s.setDate(i, to);
                    CeilingQuery.drain(s.executeQuery());
                }
            }
            unit.setLong(1, root);
            CeilingQuery.drain(unit.executeQuery());
        };
    }
}
