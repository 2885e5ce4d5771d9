package vn.thidua.bench.gen;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import vn.thidua.bench.Db;
import vn.thidua.bench.Fold;

/**
 * The dated tree under the root the backend created: departments; the nine districts and their ~90 communes,
 * valid until 30/06/2025, each commune naming its successor; ~100 commune-level branches from 01/07/2025
 * directly under the province. The tree does not grow with SCALE (it is the province's real size).
 * Ids are assigned here so the closure table can be computed without reading back.
 */
public final class OrgTreeGenerator implements RecordGenerator {
    private static final LocalDate OLD_FROM = LocalDate.of(2015, 1, 1);
    private static final LocalDate OLD_TO = GenContext.REFORM_DAY.minusDays(1);

    @Override
    public String name() {
        return "org units";
    }

    @Override
    public long baseCount() {
        return 200;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"org_unit", "org_unit_closure"};
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        ctx.rootId = Db.scalarLong(ctx.conn, "select min(id) from org_unit where parent_id is null");
        if (ctx.rootId == 0) {
            throw new IllegalStateException("no root org unit: start the backend once on the empty database first");
        }
        String rootCode = Db.scalarString(ctx.conn, "select code from org_unit where id = " + ctx.rootId);
        long id = ctx.nextId("org_unit");
        List<GenContext.Unit> units = new ArrayList<>();

        for (int i = 0; i < Vn.DEPARTMENTS.length; i++) {
            units.add(new GenContext.Unit(id++, rootCode + "-B" + (i + 1), Vn.DEPARTMENTS[i], "DEPARTMENT",
                    ctx.rootId, OLD_FROM, null, null));
        }
        // new communes first, so the old ones can name their successors
        List<GenContext.Unit> news = new ArrayList<>();
        for (int i = 0; i < Vn.NEW_COMMUNES.size(); i++) {
            GenContext.Unit u = new GenContext.Unit(id++, String.format("%s-X%03d", rootCode, i + 1),
                    "Hội Chữ thập đỏ " + Vn.NEW_COMMUNES.get(i), "COMMUNE", ctx.rootId, GenContext.REFORM_DAY, null,
                    null);
            news.add(u);
        }
        units.addAll(news);
        // The old communes of Tây Ninh merge, two or three into one, into the first new communes (the
        // remaining new communes came from Long An, outside this tree before the merger).
        Map<String, GenContext.Unit> newByPlace = new HashMap<>();
        for (GenContext.Unit u : news) {
            newByPlace.put(place(u.name()), u);
        }
        int old = 0;
        for (int d = 0; d < Vn.OLD_DISTRICTS.length; d++) {
            String[] row = Vn.OLD_DISTRICTS[d];
            GenContext.Unit district = new GenContext.Unit(id++, String.format("%s-H%02d", rootCode, d + 1),
                    "Hội Chữ thập đỏ " + row[0], "DISTRICT", ctx.rootId, OLD_FROM, OLD_TO, null);
            units.add(district);
            ctx.districts.add(district);
            for (int c = 1; c < row.length; c++) {
                GenContext.Unit successor = newByPlace.get(place(row[c]));
                if (successor == null) {
                    successor = news.get((old++ / 3) % 40);
                }
                GenContext.Unit commune = new GenContext.Unit(id++,
                        String.format("%s-H%02d-X%02d", rootCode, d + 1, c), "Hội Chữ thập đỏ " + row[c] + " ("
                        + row[0].replaceFirst("^(Thành phố|Thị xã|Huyện) ", "") + ")", "COMMUNE", district.id(),
                        OLD_FROM, OLD_TO, successor.id());
                units.add(commune);
                ctx.oldBranches.add(commune);
            }
        }
        ctx.newBranches.addAll(news);
        // "busy" should not mean "first in the list"
        Collections.shuffle(ctx.oldBranches, ctx.random);
        Collections.shuffle(ctx.newBranches, ctx.random);
        ctx.units.addAll(units);

        long rows = 0;
        try (BatchInsert ins = new BatchInsert(ctx.conn, "org_unit", "id", "code", "name", "name_folded", "level",
                "parent_id", "valid_from", "valid_to", "successor_id", "version", "created_at", "updated_at")) {
            for (GenContext.Unit u : units) {
                ins.row(u.id(), u.code(), u.name(), Fold.fold(u.name()), u.level(), u.parentId(),
                        Date.valueOf(u.validFrom()), u.validTo() == null ? null : Date.valueOf(u.validTo()),
                        u.successorId(), 0, ctx.now, ctx.now);
            }
            rows += ins.rows();
        }
        // closure: each unit with itself and with every ancestor
        Map<Long, Long> parent = new HashMap<>();
        for (GenContext.Unit u : units) {
            parent.put(u.id(), u.parentId());
        }
        try (BatchInsert ins = new BatchInsert(ctx.conn, "org_unit_closure", "ancestor_id", "descendant_id",
                "depth")) {
            for (GenContext.Unit u : units) {
                int depth = 0;
                Long a = u.id();
                while (a != null) {
                    ins.row(a, u.id(), depth++);
                    a = a == ctx.rootId ? null : parent.get(a);
                }
            }
            rows += ins.rows();
        }
        return rows;
    }

    /** "Hội Chữ thập đỏ Phường Tân Ninh" and "Phường Tân Ninh" -> "tan ninh". */
    private static String place(String name) {
        return Fold.fold(name.replace("Hội Chữ thập đỏ ", "")
                .replaceFirst("^(Phường|Xã|Thị trấn) ", ""));
    }
}
