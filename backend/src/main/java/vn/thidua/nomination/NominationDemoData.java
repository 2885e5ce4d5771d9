package vn.thidua.nomination;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.auth.Bootstrap.DemoDataRequested;
import vn.thidua.demo.DemoOrg;
import vn.thidua.integration.ChangeLog;

/**
 * Demo nominations at several steps of their life (a draft, one under review, an honoured individual with
 * a photo that consented to publication, a replicated collective model, one honoured without consent), so
 * the review queue and the public showcase have something to show.
 */
@ApplicationScoped
public class NominationDemoData {
    @Inject
    ChangeLog changes;

    @Inject
    DemoOrg org;

    @Inject
    AttachmentService attachments;

    void load(@Observes @Priority(300) DemoDataRequested ev) {
        Instant t0 = Instant.now().minus(120, ChronoUnit.DAYS);
        Nomination honored = nomination(Category.GOOD_DEED, NomineeType.INDIVIDUAL, "Nguyễn Thị Hồng",
                "Gần 20 năm nấu cháo miễn phí cho bệnh nhân nghèo", "Nhân đạo – từ thiện",
                "Từ năm 2005, bà Hồng cùng các tình nguyện viên nấu hơn 300 suất cháo mỗi tuần phát miễn phí tại Bệnh viện "
                        + "Đa khoa tỉnh; vận động các nhà hảo tâm đóng góp gạo, rau củ; tham gia hiến máu tình nguyện 15 lần.",
                "X-TANNINH", true);
        honored.gender = Gender.FEMALE;
        honored.birthYear = 1962;
        honored.position = "Hội viên";
        honored.workplace = "Chi hội khu phố 1, phường Tân Ninh";
        honored.contact = "0909 000 111";
        walk(honored, t0, "canbo.xa", "canbo.tinh", NominationAction.SUBMIT, NominationAction.START_REVIEW,
                NominationAction.RECOGNIZE, NominationAction.HONOR);
        honor(honored, "125/QĐ-CTĐ", LocalDate.now().minusDays(60), "Giấy khen của Hội Chữ thập đỏ tỉnh");
        photo(honored);

        Nomination model = nomination(Category.NEW_MODEL, NomineeType.COLLECTIVE, "Tổ tình nguyện Bếp ăn yêu thương",
                "Mô hình “Bếp ăn yêu thương” phục vụ bữa trưa 0 đồng", "An sinh xã hội",
                "Mỗi ngày phục vụ 150 suất ăn trưa miễn phí cho người lao động nghèo và học sinh khó khăn; "
                        + "huy động 25 tình nguyện viên và 40 nhà hảo tâm thường xuyên.",
                "X-LONGHOA", true);
        model.memberCount = 25;
        walk(model, t0.plus(5, ChronoUnit.DAYS), "canbo.xa2", "canbo.tinh", NominationAction.SUBMIT,
                NominationAction.START_REVIEW, NominationAction.RECOGNIZE, NominationAction.HONOR,
                NominationAction.REPLICATE);
        honor(model, "98/QĐ-CTĐ", LocalDate.now().minusDays(90), "Bằng khen của Trung ương Hội");
        NominationReplication r = new NominationReplication();
        r.nominationId = model.id;
        r.adoptingOrgUnitId = org.id("X-HOATHANH");
        r.adoptingUnitName = "Hội Chữ thập đỏ phường Hòa Thành";
        r.replicatedOn = LocalDate.now().minusDays(30);
        r.notes = "Nhân rộng tại chợ Long Hoa, 80 suất mỗi ngày.";
        r.createdBy = "canbo.tinh";
        r.createdAt = Instant.now();
        r.persist();

        Nomination private1 = nomination(Category.ADVANCED_EXAMPLE, NomineeType.INDIVIDUAL, "Trần Văn Minh",
                "Gương điển hình trong phong trào hiến máu tình nguyện", "Hiến máu tình nguyện",
                "Hiến máu 32 lần; vận động hơn 200 người tham gia hiến máu.", "X-TANNINH", false);
        private1.gender = Gender.MALE;
        private1.birthYear = 1980;
        walk(private1, t0.plus(10, ChronoUnit.DAYS), "canbo.xa", "canbo.tinh", NominationAction.SUBMIT,
                NominationAction.START_REVIEW, NominationAction.RECOGNIZE, NominationAction.HONOR);
        honor(private1, "125/QĐ-CTĐ", LocalDate.now().minusDays(60), "Giấy khen của Hội Chữ thập đỏ tỉnh");

        Nomination review = nomination(Category.ADVANCED_EXAMPLE, NomineeType.INDIVIDUAL, "Lê Thị Mai",
                "Tình nguyện viên sơ cấp cứu tiêu biểu", "Chăm sóc sức khỏe",
                "Tham gia sơ cấp cứu tại 40 sự kiện, hướng dẫn kỹ năng sơ cứu cho 500 học sinh.", "X-TANNINH", true);
        walk(review, t0.plus(100, ChronoUnit.DAYS), "canbo.xa", "canbo.tinh", NominationAction.SUBMIT,
                NominationAction.START_REVIEW);

        Nomination draft = nomination(Category.NEW_FACTOR, NomineeType.INDIVIDUAL, "Phạm Quốc Bảo",
                "Học sinh nhặt được của rơi trả lại người mất", "Người tốt, việc tốt",
                "Nhặt được ví có 5.000.000 đồng và giấy tờ, đã giao lại cho người đánh rơi.", "CH-TANNINH-KP1", false);
        walk(draft, t0.plus(110, ChronoUnit.DAYS), "canbo.xa", "canbo.tinh");
    }

    private Nomination nomination(Category c, NomineeType type, String name, String title, String field,
                                  String achievements, String unit, boolean consent) {
        Nomination n = new Nomination();
        n.category = c;
        n.nomineeType = type;
        n.nomineeName = name;
        n.title = title;
        n.field = field;
        n.achievements = achievements;
        n.orgUnitId = org.id(unit);
        n.publicConsent = consent;
        n.status = NominationStatus.DRAFT;
        n.createdBy = "canbo.xa";
        n.refold();
        n.persistAndFlush();
        return n;
    }

    /** Records the creation and the given steps, a day apart, as the demo officers. */
    private void walk(Nomination n, Instant start, String nominator, String reviewer, NominationAction... actions) {
        n.createdBy = nominator;
        step(n, "CREATE", null, NominationStatus.DRAFT, nominator, start, null);
        Instant at = start;
        for (NominationAction a : actions) {
            at = at.plus(1, ChronoUnit.DAYS);
            NominationStatus to = Workflow.target(a);
            boolean byNominator = a == NominationAction.SUBMIT || a == NominationAction.WITHDRAW;
            step(n, a.name(), n.status, to, byNominator ? nominator : reviewer, at,
                    a == NominationAction.RECOGNIZE ? "Thành tích tiêu biểu, đủ điều kiện công nhận." : null);
            if (a == NominationAction.SUBMIT) {
                n.submittedOn = LocalDate.ofInstant(at, NominationService.ZONE);
            }
            n.status = to;
        }
        n.persistAndFlush();
        // the demo writes its records directly; the change feed still starts with each of them
        changes.record(NominationService.ENTITY, n.id, ChangeLog.CREATED, n.orgUnitId,
                NominationService.PUBLISHED.contains(n.status), false);
    }

    private void step(Nomination n, String action, NominationStatus from, NominationStatus to, String actor, Instant at,
                      String comment) {
        NominationEvent t = new NominationEvent();
        t.nominationId = n.id;
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = actor;
        t.actorName = switch (actor) {
            case "canbo.tinh" -> "Nguyễn Thị Thu Hà";
            case "canbo.xa2" -> "Lê Thị Ánh Tuyết";
            default -> "Trần Văn Đường";
        };
        t.at = at;
        t.comment = comment;
        t.persist();
    }

    private static void honor(Nomination n, String number, LocalDate date, String form) {
        n.honorDecisionNumber = number;
        n.honorDecisionDate = date;
        n.honorForm = form;
    }

    /** A drawn picture (a red cross on a warm background) standing in for a photo of the example. */
    private void photo(Nomination n) {
        BufferedImage img = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(255, 244, 230), 960, 640, new Color(250, 214, 190)));
        g.fillRect(0, 0, 960, 640);
        g.setColor(new Color(206, 17, 38));
        g.fillRect(420, 180, 120, 320);
        g.fillRect(320, 280, 320, 120);
        g.setColor(Color.WHITE);
        g.fillRect(0, 560, 960, 80); // no text: a server without fonts must still load the demo
        g.dispose();
        try {
            Path tmp = Files.createTempFile("thidua-demo-", ".jpg");
            try {
                ImageIO.write(img, "jpeg", tmp.toFile());
                attachments.store(NominationAttachments.TYPE, n.id,
                        new AttachmentService.Upload(tmp, "bep-chao-tinh-thuong.jpg", Files.size(tmp)), "canbo.xa");
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
