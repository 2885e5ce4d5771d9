package vn.thidua.bench.gen;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Communication outputs over the six channels and five years, owned by {@code ctx.branchOn(day)}, some
 * featuring a movement or a nomination. Adapts to the table through {@link TableInsert}; check the names
 * against the migration when the feature lands.
 */
public final class CommunicationGenerator implements RecordGenerator {
    private static final String[] CHANNELS = {"SOCIAL_MEDIA", "SOCIAL_MEDIA", "SOCIAL_MEDIA", "WEBSITE", "WEBSITE",
        "MEETING", "MEETING", "PRINTED", "NEWSPAPER", "RADIO_TV"};
    private static final String[] OUTLETS = {"Báo Tây Ninh", "Đài Phát thanh và Truyền hình Tây Ninh",
        "Trang thông tin Hội Chữ thập đỏ tỉnh", "Fanpage Hội Chữ thập đỏ", "Báo Long An", "Zalo OA Hội Chữ thập đỏ"};
    private static final String[] TITLES = {"Lan tỏa gương người tốt, việc tốt trong phong trào nhân đạo",
        "Tuyên truyền phong trào \"Tết vì người nghèo và nạn nhân chất độc da cam\"",
        "Biểu dương tình nguyện viên tiêu biểu", "Tuyên truyền hiến máu tình nguyện",
        "Giới thiệu mô hình \"Ngôi nhà Chữ thập đỏ\"", "Hưởng ứng Tháng Nhân đạo"};

    @Override
    public String name() {
        return "communications";
    }

    @Override
    public long baseCount() {
        return 200_000;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"communication"};
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        long n = ctx.scaled(baseCount(), 20);
        long id = ctx.nextId("communication");
        Random r = ctx.random;
        List<Long> movements = ctx.ids.getOrDefault("movement", List.of());
        List<Long> nominations = ctx.ids.getOrDefault("nomination", List.of());
        try (TableInsert ins = new TableInsert(ctx.conn, "communication", "id", "channel", "title", "published_on",
                "outlet", "url", "org_unit_id", "movement_id", "nomination_id", "audience", "quantity", "status",
                "review_comment", "reviewed_by", "reviewed_at", "created_by", "search_folded", "version",
                "created_at", "updated_at")) {
            for (LocalDate day : ctx.sortedDays(n, r)) {
                GenContext.Unit branch = ctx.branchOn(day, r);
                String channel = Vn.pick(r, CHANNELS);
                String title = Vn.pick(r, TITLES) + " tại " + branch.name().replace("Hội Chữ thập đỏ ", "");
                boolean online = channel.equals("WEBSITE") || channel.equals("SOCIAL_MEDIA");
                String outlet = Vn.pick(r, OUTLETS);
                Timestamp entered = ctx.enteredOn(day, r);
                Check check = Check.of(ctx, entered, r);
                ins.row(id, channel, title, Date.valueOf(day), outlet,
                        online ? "https://chuthapdo.tayninh.gov.vn/tin-tuc/" + id : null, branch.id(),
                        !movements.isEmpty() && r.nextInt(3) == 0 ? movements.get(r.nextInt(movements.size())) : null,
                        !nominations.isEmpty() && r.nextInt(5) == 0 ? nominations.get(r.nextInt(nominations.size()))
                                : null,
                        online ? 100 + r.nextInt(20_000) : 20 + r.nextInt(500),
                        channel.equals("PRINTED") ? 10 + r.nextInt(500) : 1, check.status(), check.comment(),
                        check.reviewer(), check.reviewedAt(), check.createdBy(), Check.folded(title, outlet), 0,
                        entered, check.updatedAt());
                id++;
            }
            return ins.rows();
        }
    }
}
