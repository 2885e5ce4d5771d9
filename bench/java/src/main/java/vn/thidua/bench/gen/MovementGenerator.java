package vn.thidua.bench.gen;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.thidua.bench.Fold;

/**
 * Emulation movements [phong trào thi đua] over the five years (regular ones without an end, thematic ones of a
 * year or less, campaigns launched by bodies outside the association, some movements tied to a campaign), with
 * {@code status} following their dates (PLANNED before the start, CLOSED after the end, ACTIVE otherwise) and
 * {@code name_folded} as {@code Movement.setName} writes it; then the units' registrations [đăng ký thi đua]: for
 * each movement, part of the districts and branches valid while it runs register once (the unique pair), with
 * commitments and zero to three numeric targets. Publishes {@code ctx.movements} and {@code ctx.ids["movement"]}.
 */
public final class MovementGenerator implements RecordGenerator {
    private static final String[][] THEMES = {
        {"Tết Nhân ái", "Chăm lo Tết cho người nghèo, nạn nhân chất độc da cam, người khuyết tật"},
        {"Người tốt, việc thiện – Chung sức xây dựng cộng đồng nhân ái",
            "Phát hiện, tôn vinh gương người tốt, việc thiện"},
        {"Hiến máu tình nguyện", "Vận động hiến máu tình nguyện, xây dựng ngân hàng máu sống"},
        {"Sơ cấp cứu cộng đồng", "Tập huấn sơ cấp cứu, thành lập đội sơ cấp cứu ở ấp, khu phố"},
        {"Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo", "Kết nối nhà hảo tâm với người cần giúp đỡ"},
        {"Ngôi nhà Chữ thập đỏ", "Xây dựng, sửa chữa nhà cho hộ nghèo"},
        {"Bếp ăn tình thương", "Suất ăn miễn phí cho bệnh nhân nghèo"},
        {"Phòng ngừa, ứng phó thảm họa", "Chuẩn bị ứng phó mưa bão, hạn mặn, dịch bệnh"},
        {"Tháng Nhân đạo", "Vận động nguồn lực trong Tháng Nhân đạo"},
        {"Thi đua yêu nước", "Thi đua hoàn thành nhiệm vụ công tác Hội"},
        {"Ngày Chữ thập đỏ 8/5", "Hoạt động chào mừng Ngày Chữ thập đỏ thế giới"}};
    private static final String[] CAMPAIGNS = {"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
        "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo – Không để ai bị bỏ lại phía sau",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Cả nước chung tay xóa nhà tạm, nhà dột nát"};
    private static final String[] OUTSIDE = {"UBND tỉnh Tây Ninh", "Trung ương Hội Chữ thập đỏ Việt Nam",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh", "Hội đồng Thi đua – Khen thưởng tỉnh Tây Ninh"};
    private static final String[][] TARGETS = {{"Số suất quà", "suất"}, {"Số đơn vị máu", "đơn vị"},
        {"Số hộ được hỗ trợ", "hộ"}, {"Số tình nguyện viên", "người"}, {"Kinh phí vận động", "triệu đồng"},
        {"Số lớp tập huấn", "lớp"}};

    @Override
    public String name() {
        return "movements";
    }

    @Override
    public long baseCount() {
        return 60;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"movement", "movement_registration", "registration_target"};
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        int n = (int) ctx.scaled(baseCount(), 12);
        Random r = ctx.random;
        long id = ctx.nextId("movement");
        LocalDate today = ctx.today();
        List<GenContext.Movement> made = new ArrayList<>();
        List<Long> campaigns = new ArrayList<>();
        long rows = 0;
        LocalDate[] days = ctx.sortedDays(n, r);
        try (TableInsert ins = new TableInsert(ctx.conn, "movement", "id", "code", "name", "name_folded", "kind",
                "launched_by", "launching_org_unit_id", "tied_to_movement_id", "start_date", "end_date",
                "description", "criteria", "status", "version", "created_at", "updated_at")) {
            for (int i = 0; i < n; i++) {
                LocalDate start = days[i];
                int k = r.nextInt(10);
                String kind = i < 3 || k < 2 ? "CAMPAIGN" : k < 5 ? "REGULAR" : "THEMATIC";
                String name;
                String description;
                String launchedBy = null;
                Long launchingUnit = null;
                Long tiedTo = null;
                LocalDate end;
                if (kind.equals("CAMPAIGN")) {
                    name = "Cuộc vận động \"" + CAMPAIGNS[i % CAMPAIGNS.length] + "\" giai đoạn " + start.getYear()
                            + "–" + (start.getYear() + 4);
                    description = "Hội Chữ thập đỏ các cấp hưởng ứng cuộc vận động.";
                    launchedBy = Vn.pick(r, OUTSIDE);
                    end = start.plusYears(5).minusDays(1);
                } else {
                    String[] theme = THEMES[r.nextInt(THEMES.length)];
                    name = (kind.equals("REGULAR") ? "Phong trào thi đua \"" : "Đợt thi đua \"") + theme[0] + "\" năm "
                            + start.getYear();
                    description = theme[1] + ".";
                    if (r.nextInt(4) == 0) {
                        launchedBy = Vn.pick(r, OUTSIDE);
                    } else {
                        launchingUnit = r.nextInt(3) > 0 || start.isAfter(GenContext.REFORM_DAY.minusDays(60))
                                ? ctx.rootId : ctx.districts.get(r.nextInt(ctx.districts.size())).id();
                    }
                    if (!campaigns.isEmpty() && r.nextInt(3) == 0) {
                        tiedTo = campaigns.get(r.nextInt(campaigns.size()));
                    }
                    end = kind.equals("REGULAR") && r.nextInt(3) == 0 ? null
                            : start.plusDays(kind.equals("REGULAR") ? 364 : 30 + r.nextInt(150));
                }
                // a few announced ahead of their start
                if (r.nextInt(12) == 0) {
                    start = start.plusDays(30 + r.nextInt(60));
                    if (end != null && end.isBefore(start)) {
                        end = start.plusDays(60);
                    }
                }
                String status = start.isAfter(today) ? "PLANNED"
                        : end != null && end.isBefore(today) ? "CLOSED" : "ACTIVE";
                String code = String.format("PT-%d-%03d", start.getYear(), i + 1);
                Timestamp created = ctx.officeTime(days[i].minusDays(r.nextInt(20)), r);
                ins.row(id, code, name, Fold.fold(name), kind, launchedBy, launchingUnit, tiedTo, Date.valueOf(start),
                        end == null ? null : Date.valueOf(end), description,
                        "Đăng ký thi đua đầy đủ; hoàn thành các chỉ tiêu đã đăng ký; có mô hình, cách làm hay.", status,
                        0, created, created);
                made.add(new GenContext.Movement(id, kind, start, end));
                if (kind.equals("CAMPAIGN")) {
                    campaigns.add(id);
                }
                id++;
            }
            rows += ins.rows();
        }
        ctx.movements.addAll(made);
        ctx.ids.put("movement", made.stream().map(GenContext.Movement::id).toList());

        // registrations: districts and branches valid when the movement starts (or now, when it starts later)
        long regId = ctx.nextId("movement_registration");
        try (TableInsert reg = new TableInsert(ctx.conn, "movement_registration", "id", "movement_id", "org_unit_id",
                "registered_on", "commitments", "version", "created_at", "updated_at");
             BatchInsert targets = new BatchInsert(ctx.conn, "registration_target", "registration_id", "position",
                     "name", "target_value", "unit")) {
            for (GenContext.Movement m : made) {
                LocalDate on = m.start().isAfter(today) ? today : m.start();
                double share = 0.3 + r.nextDouble() * 0.5;
                for (GenContext.Unit u : ctx.units) {
                    boolean registers = (u.level().equals("COMMUNE") || u.level().equals("DISTRICT"))
                            && GenContext.validOn(u, on) && r.nextDouble() < share;
                    if (!registers) {
                        continue;
                    }
                    LocalDate day = on.plusDays(r.nextInt(30));
                    if (day.isAfter(today)) {
                        day = today;
                    }
                    if (u.validTo() != null && day.isAfter(u.validTo())) {
                        day = u.validTo();
                    }
                    Timestamp at = ctx.officeTime(day, r);
                    int nt = r.nextInt(4);
                    StringBuilder commit = new StringBuilder(u.name()).append(" cam kết hưởng ứng tích cực");
                    for (int t = 0; t < nt; t++) {
                        String[] tg = TARGETS[(int) ((regId + t) % TARGETS.length)];
                        double v = 5 + r.nextInt(200);
                        targets.row(regId, t, tg[0], v, tg[1]);
                        rows++;
                        commit.append(t == 0 ? ": " : "; ").append(tg[0].toLowerCase()).append(' ').append((long) v)
                                .append(' ').append(tg[1]);
                    }
                    commit.append('.');
                    reg.row(regId++, m.id(), u.id(), Date.valueOf(day), commit.toString(), 0, at, at);
                }
            }
            rows += reg.rows();
        }
        return rows;
    }
}
