package vn.thidua.communication;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.activity.CheckStatus;
import vn.thidua.activity.Scoped;
import vn.thidua.demo.DemoOrg;

/** Demo communication outputs 2021–2026; called by the activity demo (priority 400) in the same pass. */
@ApplicationScoped
public class CommunicationDemoData {
    record Seed(String oldUnit, String newUnit, Channel channel, String title, String outlet, String url, int audience,
                int quantity) {
    }

    static final Seed[] SEEDS = {
            new Seed("H-TPTN", "X-TANNINH", Channel.NEWSPAPER, "Gương sáng tình nguyện viên Chữ thập đỏ", "Báo Tây Ninh", null, 5000, 1),
            new Seed("TNH", "TNH", Channel.WEBSITE, "Tuyên truyền phong trào “Tết Nhân ái”", "Trang tin Hội Chữ thập đỏ tỉnh", "https://chuthapdo.tayninh.example/tet-nhan-ai", 1200, 1),
            new Seed("H-HOATHANH", "X-LONGHOA", Channel.SOCIAL_MEDIA, "Chia sẻ mô hình “Bếp ăn tình thương”", "Fanpage Hội Chữ thập đỏ", "https://facebook.com/chuthapdo.example/posts/1", 3000, 1),
            new Seed("H-TRANGBANG", "X-TRANGBANG", Channel.RADIO_TV, "Phóng sự “Người tốt, việc tốt”", "Đài Phát thanh – Truyền hình Tây Ninh", null, 20000, 1),
            new Seed("O-P1", "CH-TANNINH-KP1", Channel.MEETING, "Hội nghị biểu dương điển hình tiên tiến", "Hội trường phường", null, 150, 1),
            new Seed("H-GODAU", "X-GODAU", Channel.PRINTED, "Pano, băng rôn hưởng ứng Tháng Nhân đạo", null, null, 0, 40),
    };

    public void load(DemoOrg org) {
        int n = 0;
        for (int year = 2021; year <= 2026; year++) {
            for (Seed s : SEEDS) {
                LocalDate day = LocalDate.of(year - 1, 12, 28).plusDays((n * 37L) % 330);
                boolean after = !day.isBefore(LocalDate.of(2025, 7, 1));
                Long unit = org.id(after ? s.newUnit() : s.oldUnit());
                if (unit == null || day.isAfter(LocalDate.of(2026, 6, 1))) {
                    n++;
                    continue;
                }
                Communication c = new Communication();
                c.channel = s.channel();
                c.title = s.title() + " (" + year + ")";
                c.publishedOn = day;
                c.outlet = s.outlet();
                c.url = s.url();
                c.orgUnitId = unit;
                c.audience = s.audience() == 0 ? null : s.audience() + n * 10;
                c.quantity = s.quantity();
                c.createdBy = after ? "canbo.xa" : "canbo.huyen";
                if (n % 9 == 4) {
                    c.status = CheckStatus.FLAGGED;
                    c.reviewComment = "Đề nghị bổ sung đường dẫn hoặc ảnh chụp bài đăng.";
                    c.reviewedBy = "canbo.tinh";
                    c.reviewedAt = Instant.now();
                } else if (day.isBefore(LocalDate.of(2025, 12, 15))) {
                    c.status = CheckStatus.VERIFIED;
                    c.reviewedBy = "canbo.tinh";
                    c.reviewedAt = Instant.now();
                } else {
                    c.status = CheckStatus.SUBMITTED;
                }
                c.searchFolded = Scoped.folded(c.title, c.outlet);
                c.persist();
                n++;
            }
        }
    }
}
