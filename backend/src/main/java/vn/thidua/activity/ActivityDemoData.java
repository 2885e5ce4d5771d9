package vn.thidua.activity;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.auth.Bootstrap.DemoDataRequested;
import vn.thidua.communication.CommunicationDemoData;
import vn.thidua.demo.DemoOrg;

/**
 * Demo activities across 2021–2026: the pre-2025 district and commune branches until 30/06/2025, the new
 * commune-level branches after; gift visits with money; a few flagged with the province's comment.
 * Communication outputs are added by {@link CommunicationDemoData} in the same pass.
 */
@ApplicationScoped
public class ActivityDemoData {
    @Inject
    ActivityTally tally;

    @Inject
    DemoOrg org;

    @Inject
    CommunicationDemoData communications;

    record Seed(String unit, ActivityType type, String title, String location, int participants, int beneficiaries,
                int gifts, long cash, long inKind) {
    }

    static final List<Seed> OLD = List.of(
            new Seed("H-TPTN", ActivityType.GIFT_VISIT, "Thăm hỏi, tặng quà hộ nghèo dịp Tết", "Phường 1, thành phố Tây Ninh", 12, 50, 50, 25_000_000, 15_000_000),
            new Seed("O-P1", ActivityType.EXCHANGE, "Giao lưu mô hình “Tủ bánh mì 0 đồng”", "Nhà văn hóa Phường 1", 40, 0, 0, 0, 0),
            new Seed("O-NINHSON", ActivityType.FIELD_VISIT, "Tham quan mô hình “Bếp ăn tình thương”", "Bệnh viện Đa khoa tỉnh", 18, 0, 0, 0, 0),
            new Seed("H-HOATHANH", ActivityType.EXPERIENCE_LEARNING, "Học tập kinh nghiệm công tác nhân đạo", "Thị xã Hòa Thành", 25, 0, 0, 0, 0),
            new Seed("O-LONGHOA", ActivityType.GIFT_VISIT, "Thăm, tặng quà nạn nhân chất độc da cam", "Phường Long Hoa", 8, 30, 30, 15_000_000, 6_000_000),
            new Seed("H-TRANGBANG", ActivityType.GIFT_VISIT, "Trao quà cho người cao tuổi neo đơn", "Phường An Tịnh", 10, 40, 40, 20_000_000, 8_000_000),
            new Seed("H-GODAU", ActivityType.EXCHANGE, "Giao lưu tình nguyện viên hiến máu", "Huyện Gò Dầu", 60, 0, 0, 0, 0),
            new Seed("O-TTBENCAU", ActivityType.GIFT_VISIT, "Tặng quà học sinh vượt khó", "Thị trấn Bến Cầu", 6, 25, 25, 12_500_000, 2_500_000));

    static final List<Seed> NEW = List.of(
            new Seed("X-TANNINH", ActivityType.GIFT_VISIT, "Thăm hỏi, tặng quà gia đình chính sách", "Khu phố 1, phường Tân Ninh", 9, 20, 20, 10_000_000, 5_000_000),
            new Seed("CH-TANNINH-KP1", ActivityType.EXCHANGE, "Sinh hoạt chuyên đề “Người tốt, việc tốt”", "Khu phố 1, phường Tân Ninh", 35, 0, 0, 0, 0),
            new Seed("X-LONGHOA", ActivityType.FIELD_VISIT, "Tham quan mô hình “Ngân hàng bò”", "Xã Tân Biên", 15, 0, 0, 0, 0),
            new Seed("X-LONGAN", ActivityType.EXPERIENCE_LEARNING, "Học tập mô hình “Chợ nhân đạo”", "Phường Long An", 22, 0, 0, 0, 0),
            new Seed("X-BINHMINH", ActivityType.GIFT_VISIT, "Trao quà hỗ trợ người dân sau mưa bão", "Phường Bình Minh", 14, 60, 60, 30_000_000, 18_000_000),
            new Seed("X-DUCHOA", ActivityType.GIFT_VISIT, "Tặng xe đạp cho học sinh nghèo", "Xã Đức Hòa", 7, 15, 15, 0, 22_500_000));

    void load(@Observes @Priority(400) DemoDataRequested ev) {
        int n = 0;
        // pre-2025 units: 2021 to the first half of 2025
        for (int year = 2021; year <= 2025; year++) {
            for (int i = 0; i < OLD.size(); i++) {
                LocalDate day = LocalDate.of(year - 1, 12, 20).plusDays(((long) i * 41 + year * 7L) % 175);
                if (day.isAfter(LocalDate.of(2025, 6, 30))) {
                    continue;
                }
                seed(OLD.get(i), day, year, n++);
                if (year < 2025) {
                    seed(OLD.get(i), day.plusDays(180), year, n++);
                }
            }
        }
        // the new commune-level branches: from 01/07/2025 to 2026
        for (int i = 0; i < NEW.size(); i++) {
            seed(NEW.get(i), LocalDate.of(2025, 7, 10).plusDays(i * 23L), 2025, n++);
            seed(NEW.get(i), LocalDate.of(2026, 1, 8).plusDays(i * 19L), 2026, n++);
        }
        communications.load(org);
    }

    private void seed(Seed s, LocalDate day, int year, int n) {
        Long unit = org.id(s.unit());
        if (unit == null) {
            return;
        }
        Activity a = new Activity();
        a.type = s.type();
        a.title = s.title() + " năm " + year;
        a.startDate = day;
        a.endDate = n % 5 == 0 ? day.plusDays(1) : null;
        a.location = s.location();
        a.orgUnitId = unit;
        a.participants = s.participants() + n % 7;
        a.beneficiaries = s.beneficiaries() == 0 ? null : s.beneficiaries();
        if (s.type() == ActivityType.GIFT_VISIT) {
            a.giftCount = s.gifts();
            a.giftCashVnd = s.cash();
            a.giftInKindVnd = s.inKind();
        }
        a.description = "Dữ liệu minh họa.";
        a.createdBy = s.unit().startsWith("X-") || s.unit().startsWith("CH-") ? "canbo.xa" : "canbo.huyen";
        if (n % 11 == 3) {
            a.status = CheckStatus.FLAGGED;
            a.reviewComment = "Bổ sung danh sách người nhận quà và hình ảnh hoạt động.";
            a.reviewedBy = "canbo.tinh";
            a.reviewedAt = Instant.now();
        } else if (day.isBefore(LocalDate.of(2025, 12, 15))) {
            a.status = CheckStatus.VERIFIED;
            a.reviewedBy = "canbo.tinh";
            a.reviewedAt = Instant.now();
        } else {
            a.status = CheckStatus.SUBMITTED;
        }
        a.searchFolded = Scoped.folded(a.title, a.location);
        a.persist();
        tally.change(null, ActivityTally.of(a));
    }
}
