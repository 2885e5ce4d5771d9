package vn.thidua.bench.ceiling;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import vn.thidua.bench.Db;

/**
 * GET /api/v1/nominations?status=..&period=..&page=0&size=20 as a provincial officer at the root (the review
 * queue, docs/nominations.md): the caller's account, the page (scope subquery on the closure, status, first
 * submission day in the period, id desc), the page's unit names in one query, and the count. Parameters:
 * {@code --org-unit ID} (the scope root), {@code --status S}, {@code --period YEAR}, {@code --size 20}.
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
        String where = " from nomination n where n.org_unit_id in (select c.descendant_id from org_unit_closure c "
                + "where c.ancestor_id = ?) and n.status in (?) and n.submitted_on >= ? and n.submitted_on <= ?";
        PreparedStatement user = c.prepareStatement("select * from user_account where id = ?");
        PreparedStatement page = c.prepareStatement("select n.*" + where + " order by n.id desc limit ?, ?");
        PreparedStatement count = c.prepareStatement("select count(*)" + where);
        PreparedStatement[] namesBySize = new PreparedStatement[size + 1];
        return r -> {
            user.setLong(1, userId);
            CeilingQuery.drain(user.executeQuery());
            bind(page, root, status, from, to);
            page.setInt(5, 0);
            page.setInt(6, size);
            Set<Long> units = new LinkedHashSet<>();
            try (ResultSet rs = page.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getObject(i);
                    }
                    units.add(rs.getLong("org_unit_id"));
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
            bind(count, root, status, from, to);
            CeilingQuery.drain(count.executeQuery());
        };
    }

    private static void bind(PreparedStatement ps, long root, String status, Date from, Date to) throws SQLException {
        ps.setLong(1, root);
        ps.setString(2, status);
        ps.setDate(3, from);
        ps.setDate(4, to);
    }
}
