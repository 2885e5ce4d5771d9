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
 * GET /api/v1/movements?year=..&status=..&page=0&size=20 as admin (MovementService.list): the caller's account,
 * the page (status, active in the year, start date desc then id desc), the launching units' names and the tied
 * campaigns' names of the page (one query each, when the page has any), and the count. Parameters:
 * {@code --year Y}, {@code --status S}, {@code --size 20}.
 */
public final class MovementListCeiling implements CeilingQuery {
    @Override
    public String name() {
        return "movements";
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"movement", "org_unit", "user_account"};
    }

    @Override
    public Op open(Connection c) throws SQLException {
        return open(c, Map.of());
    }

    @Override
    public Op open(Connection c, Map<String, String> opts) throws SQLException {
        long userId = Db.scalarLong(c, "select id from user_account where username = 'admin'");
        int size = Integer.parseInt(opts.getOrDefault("size", "20"));
        String status = opts.getOrDefault("status", "ACTIVE");
        int year = Integer.parseInt(opts.getOrDefault("year", "2025"));
        Date yearStart = Date.valueOf(LocalDate.of(year, 1, 1));
        Date yearEnd = Date.valueOf(LocalDate.of(year, 12, 31));
        String where = " from movement m where m.status = ? and m.start_date <= ? and (m.end_date is null or "
                + "m.end_date >= ?)";
        PreparedStatement user = c.prepareStatement("select * from user_account where id = ?");
        PreparedStatement page = c.prepareStatement("select m.*" + where
                + " order by m.start_date desc, m.id desc limit ?, ?");
        PreparedStatement count = c.prepareStatement("select count(*)" + where);
        Map<Integer, PreparedStatement> unitNames = new java.util.HashMap<>();
        Map<Integer, PreparedStatement> tiedNames = new java.util.HashMap<>();
        return r -> {
            user.setLong(1, userId);
            CeilingQuery.drain(user.executeQuery());
            page.setString(1, status);
            page.setDate(2, yearEnd);
            page.setDate(3, yearStart);
            page.setInt(4, 0);
            page.setInt(5, size);
            Set<Long> units = new LinkedHashSet<>();
            Set<Long> tied = new LinkedHashSet<>();
            try (ResultSet rs = page.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getObject(i);
                    }
                    long u = rs.getLong("launching_org_unit_id");
                    if (!rs.wasNull()) {
                        units.add(u);
                    }
                    long t = rs.getLong("tied_to_movement_id");
                    if (!rs.wasNull()) {
                        tied.add(t);
                    }
                }
            }
            names(c, unitNames, "select u.id, u.name from org_unit u where u.id in (", units);
            names(c, tiedNames, "select m.id, m.name from movement m where m.id in (", tied);
            count.setString(1, status);
            count.setDate(2, yearEnd);
            count.setDate(3, yearStart);
            CeilingQuery.drain(count.executeQuery());
        };
    }

    private static void names(Connection c, Map<Integer, PreparedStatement> cache, String sql, Set<Long> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        PreparedStatement ps = cache.get(ids.size());
        if (ps == null) {
            ps = c.prepareStatement(sql + String.join(",", Collections.nCopies(ids.size(), "?")) + ")");
            cache.put(ids.size(), ps);
        }
        int i = 1;
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
        CeilingQuery.drain(ps.executeQuery());
    }
}
