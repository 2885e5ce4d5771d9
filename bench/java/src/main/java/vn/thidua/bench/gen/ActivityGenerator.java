package vn.thidua.bench.gen;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Activities (EXCHANGE, EXPERIENCE_LEARNING, FIELD_VISIT, GIFT_VISIT) over the five years, owned by
 * {@code ctx.branchOn(day)} (Zipf-skewed), some serving a movement or a nomination when those generators ran;
 * gift visits carry gift counts and VND values. Written through {@link TableInsert}, so it runs against the
 * activity table as its migration made it; when the feature lands, check the column names and enum values
 * here against the migration (a required column it does not fill stops the run with its name).
 */
public final class ActivityGenerator implements RecordGenerator {
    private static final String[] TYPES = {"GIFT_VISIT", "GIFT_VISIT", "GIFT_VISIT", "EXCHANGE", "EXCHANGE",
        "FIELD_VISIT", "EXPERIENCE_LEARNING"};
    private static final String[] GIFT_TITLES = {"Thăm hỏi, tặng quà hộ nghèo nhân dịp Tết Nguyên đán",
        "Trao quà cho người khuyết tật, trẻ em mồ côi", "Tặng quà gia đình chính sách dịp 27/7",
        "Thăm hỏi, tặng quà nạn nhân chất độc da cam", "Trao học bổng và tặng quà học sinh nghèo vượt khó",
        "Tặng nhu yếu phẩm cho hộ gia đình bị thiệt hại do mưa bão", "Phiên chợ nhân đạo \"Tết vì người nghèo\""};
    private static final String[] EXCHANGE_TITLES = {"Giao lưu văn nghệ chào mừng Ngày Chữ thập đỏ 8/5",
        "Giao lưu tình nguyện viên Chữ thập đỏ các xã", "Trao đổi kinh nghiệm vận động hiến máu tình nguyện",
        "Giao lưu gương điển hình tiên tiến trong công tác nhân đạo"};
    private static final String[] FIELD_TITLES = {"Tham quan thực tế mô hình \"Nhân đạo kết nối\"",
        "Tham quan thực tế mô hình \"Bếp ăn tình thương\"", "Khảo sát mô hình \"Ngôi nhà Chữ thập đỏ\""};
    private static final String[] LEARNING_TITLES = {"Học tập kinh nghiệm mô hình sơ cấp cứu cộng đồng",
        "Học tập kinh nghiệm công tác vận động nguồn lực", "Học tập kinh nghiệm mô hình \"Tủ thuốc nhân đạo\""};

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public long baseCount() {
        return 1_000_000;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"activity"};
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        long n = ctx.scaled(baseCount(), 100);
        long id = ctx.nextId("activity");
        Random r = ctx.random;
        List<Long> movements = ctx.ids.getOrDefault("movement", List.of());
        List<Long> nominations = ctx.ids.getOrDefault("nomination", List.of());
        try (TableInsert ins = new TableInsert(ctx.conn, "activity", "id", "type", "title", "start_date",
                "end_date", "location", "org_unit_id", "movement_id", "nomination_id", "participants",
                "beneficiaries", "gift_count", "gift_cash_vnd", "gift_in_kind_vnd", "description", "status",
                "review_comment", "reviewed_by", "reviewed_at", "created_by", "search_folded", "version",
                "created_at", "updated_at")) {
            for (LocalDate day : ctx.sortedDays(n, r)) {
                GenContext.Unit branch = ctx.branchOn(day, r);
                String type = Vn.pick(r, TYPES);
                String title = switch (type) {
                    case "GIFT_VISIT" -> Vn.pick(r, GIFT_TITLES);
                    case "EXCHANGE" -> Vn.pick(r, EXCHANGE_TITLES);
                    case "FIELD_VISIT" -> Vn.pick(r, FIELD_TITLES);
                    default -> Vn.pick(r, LEARNING_TITLES);
                } + " năm " + day.getYear();
                boolean gift = type.equals("GIFT_VISIT");
                int gifts = gift ? 5 + r.nextInt(200) : 0;
                int participants = 5 + r.nextInt(gift ? 30 : 120);
                String place = branch.name().replace("Hội Chữ thập đỏ ", "");
                String location = "Nhà văn hóa ấp " + (1 + r.nextInt(9)) + ", " + place;
                Timestamp entered = ctx.enteredOn(day, r);
                Check check = Check.of(ctx, entered, r);
                ins.row(id++, type, title, Date.valueOf(day),
                        Date.valueOf(day.plusDays(r.nextInt(10) < 8 ? 0 : 1 + r.nextInt(3))), location, branch.id(),
                        !movements.isEmpty() && r.nextInt(3) == 0 ? movements.get(r.nextInt(movements.size())) : null,
                        !nominations.isEmpty() && r.nextInt(10) == 0 ? nominations.get(r.nextInt(nominations.size()))
                                : null,
                        participants, gift ? gifts : r.nextInt(50), gift ? gifts : null,
                        gift ? gifts * 100_000L * (1 + r.nextInt(5)) : null,
                        gift ? gifts * 50_000L * (1 + r.nextInt(8)) : null,
                        "Hoạt động do " + branch.name() + " tổ chức.", check.status(), check.comment(),
                        check.reviewer(), check.reviewedAt(), check.createdBy(), Check.folded(title, location), 0,
                        entered, check.updatedAt());
            }
            return ins.rows();
        }
    }
}
