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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.thidua.bench.Db;

/**
 * GET /api/v1/nominations?status=..&period=..&page=0&size=20 as a provincial officer at the root (the review
 * queue, docs/nominations.md): the caller's account; the page's ids (scope subquery on the closure, status, first
 * submission day in the period, id desc: from the index alone; no unit filter for the tree's root, as the
 * service); the columns of those rows the list shows (NominationSummary.COLUMNS); their unit names in one query;
 * the count. Parameters: {@code --org-unit ID} (the scope root), {@code --status S}, {@code --period YEAR},
 * {@code --size 20}.
 */
public final class ReviewQueueCeiling implements CeilingQuery {
    @Override
    public String name() {
        return "review-queue";
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"nomination", "org_unit", "org_unit_closure", "user_account"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        return open(c, Map.of());
    }

    @Override
    public Op open(Connection c, Map<String, String> opts) throws SQLException {
        long root = opts.containsKey("org-unit") ? Long.parseLong(opts.get("org-unit"))
                : Db.scalarLong(c, "select org_unit_id from user_account where username = 'admin'");
        long userId = Db.scalarLong(c, "select coalesce(min(id), 0) from user_account where role = "
                + "'PROVINCIAL_OFFICER' and org_unit_id = " + root + " and active");
        int size = Integer.parseInt(opts.getOrDefault("size", "20"));
        String status = opts.getOrDefault("status", "SUBMITTED");
        int year = Integer.parseInt(opts.getOrDefault("period", "2026"));
        Date from = Date.valueOf(LocalDate.of(year - 1, 12, 15));
        Date to = Date.valueOf(LocalDate.of(year, 12, 14));
        // as OrgScope.inSubtree: the tree's root sees every unit, and its queries carry no unit filter
        boolean whole = Db.scalarLong(c, "select count(*) from org_unit where id = " + root + " and parent_id is null") == 1;
        String where = " from nomination n where " + (whole ? "? = ?" : "n.org_unit_id in (select c.descendant_id"
                + " from org_unit_closure c where c.ancestor_id = ?)") + " and n.status in (?) and n.submitted_on >= ?"
                + " and n.submitted_on <= ?";
        int shift = whole ? 1 : 0;
        PreparedStatement user = c.prepareStatement("select * from user_account where id = ?");
        PreparedStatement page = c.prepareStatement("select n.id" + where + " order by n.id desc limit ?, ?");
        PreparedStatement count = c.prepareStatement("select count(*)" + where);
        PreparedStatement[] namesBySize = new PreparedStatement[size + 1];
        PreparedStatement[] rowsBySize = new PreparedStatement[size + 1];
        return r -> {
            user.setLong(1, userId);
            CeilingQuery.drain(user.executeQuery());
            bind(page, whole, root, status, from, to);
            page.setInt(5 + shift, 0);
            page.setInt(6 + shift, size);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            Set<Long> units = new LinkedHashSet<>();
            if (!ids.isEmpty()) {
                PreparedStatement rows = rowsBySize[ids.size()];
                if (rows == null) {
                    rows = c.prepareStatement("select n.id, n.category, n.nominee_type, n.nominee_name, n.title,"
                            + " n.field, n.movement_id, n.org_unit_id, n.status, n.public_consent, n.submitted_on,"
                            + " n.version, n.created_at, n.updated_at from nomination n where n.id in ("
                            + String.join(",", Collections.nCopies(ids.size(), "?")) + ")");
                    rowsBySize[ids.size()] = rows;
                }
                for (int i = 0; i < ids.size(); i++) {
                    rows.setLong(i + 1, ids.get(i));
                }
                try (ResultSet rs = rows.executeQuery()) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            rs.getObject(i);
                        }
                        units.add(rs.getLong("org_unit_id"));
                    }
                }
            }
            if (!units.isEmpty()) {
                PreparedStatement names = namesBySize[units.size()];
                if (names == null) {
                    names = c.prepareStatement("select u.id, u.name from org_unit u where u.id in ("
                            + String.join(",", Collections.nCopies(units.size(), "?")) + ")");
                    namesBySize[units.size()] = names;
                }
                int i = 1;
                for (Long u : units) {
                    names.setLong(i++, u);
                }
                CeilingQuery.drain(names.executeQuery());
            }
            bind(count, whole, root, status, from, to);
            CeilingQuery.drain(count.executeQuery());
        };
    }

    private static void bind(PreparedStatement ps, boolean whole, long root, String status, Date from, Date to)
            throws SQLException {
        int i = 1;
        ps.setLong(i++, root);
        if (whole) {
            ps.setLong(i++, root);
        }
        ps.setString(i++, status);
        ps.setDate(i++, from);
        ps.setDate(i, to);
    }
}
