package vn.thidua.plan;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.auth.Bootstrap.DemoDataRequested;
import vn.thidua.demo.DemoOrg;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.MovementWrite;
import vn.thidua.movement.RegistrationService;
import vn.thidua.movement.RegistrationWrite;
import vn.thidua.movement.TargetDto;

/**
 * The seed plan (shared/seed/ke-hoach-tuyen-truyen-2021) as the first record: every movement it names, the
 * campaigns they are tied to, the election movement of Plan 310/KH-UBND, two Red Cross movements, some
 * registrations of 2021 and of today's branches, and the plan itself, issued through the service on
 * 15/03/2021 so that it is numbered the way every plan is (01/KH-CTĐ, the province's first plan of 2021).
 * The text has no number or date of its own; the movements' dates are demo values.
 */
@ApplicationScoped
public class PlanDemoData {
    static final String UBND = "UBND tỉnh Tây Ninh";
    static final String TW_HOI = "Trung ương Hội Chữ thập đỏ Việt Nam";
    static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);

    @Inject
    DemoOrg org;

    @Inject
    MovementService movements;

    @Inject
    RegistrationService registrations;

    @Inject
    PlanService plans;

    void load(@Observes @Priority(200) DemoDataRequested ev) {
        long root = ev.rootUnitId();
        long cvdNtm = movement("CVD-NTM", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                MovementKind.CAMPAIGN, "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", null, null, Y2021, null,
                "Cuộc vận động gắn với phong trào \"Tây Ninh chung sức xây dựng nông thôn mới\".");
        long cvdTieuCuc = movement("CVD-TIEUCUC", "Cán bộ, công chức, viên chức nói không với tiêu cực",
                MovementKind.CAMPAIGN, UBND, null, null, Y2021, null,
                "Cuộc vận động gắn với phong trào \"Cán bộ, công chức, viên chức Tây Ninh thi đua thực hiện văn hóa công sở\".");
        long ntm = movement("PT-NTM", "Tây Ninh chung sức xây dựng nông thôn mới", MovementKind.REGULAR, UBND, null,
                cvdNtm, Y2021, null, null);
        long dn = movement("PT-DOANHNGHIEP", "Doanh nghiệp Việt Nam hội nhập và phát triển", MovementKind.REGULAR,
                UBND, null, null, Y2021, null, null);
        long ngheo = movement("PT-VINGUOINGHEO", "Tây Ninh chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
                MovementKind.REGULAR, UBND, null, null, Y2021, null, null);
        long vhcs = movement("PT-VANHOACONGSO", "Cán bộ, công chức, viên chức Tây Ninh thi đua thực hiện văn hóa công sở",
                MovementKind.REGULAR, UBND, null, cvdTieuCuc, Y2021, null, null);
        long nscl = movement("PT-NANGSUAT",
                "Đoàn kết, sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế",
                MovementKind.REGULAR, UBND, null, null, Y2021, null, null);
        long vhoa = movement("PT-DOISONGVANHOA", "Toàn dân đoàn kết xây dựng đời sống văn hóa", MovementKind.REGULAR,
                UBND, null, null, Y2021, null, null);
        long cchc = movement("PT-CCHC",
                "Thực hiện công tác cải cách hành chính, vận động Nhân dân sử dụng dịch vụ công mức độ 4",
                MovementKind.REGULAR, UBND, null, null, Y2021, null, null);
        long ownUnits = movement("PT-DONVI", "Phong trào thi đua do cơ quan, đơn vị phát động", MovementKind.REGULAR,
                null, root, null, Y2021, null,
                "Các phong trào thi đua do từng cơ quan, đơn vị tự phát động trong năm.");
        long election = movement("PT-BAUCU2021",
                "Thi đua thực hiện thành công cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu HĐND các cấp "
                        + "nhiệm kỳ 2021 - 2026",
                MovementKind.THEMATIC, UBND, null, null, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 31),
                "Theo Kế hoạch số 310/KH-UBND ngày 01/02/2021 của UBND tỉnh.");
        long tet = movement("HCTD-TETNHANAI", "Tết Nhân ái", MovementKind.REGULAR, TW_HOI, null, null, Y2021, null,
                "Vận động, thăm hỏi, tặng quà cho người nghèo, người có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán.");
        long nguoiTot = movement("HCTD-NGUOITOT", "Người tốt, việc thiện – Chung sức xây dựng cộng đồng nhân ái",
                MovementKind.REGULAR, TW_HOI, null, null, Y2021, null,
                "Phát hiện, biểu dương, nhân rộng gương người tốt, việc thiện trong công tác nhân đạo.");

        register(ngheo, "H-TPTN", LocalDate.of(2021, 3, 20),
                "Vận động nguồn lực hỗ trợ hộ nghèo, cận nghèo trên địa bàn thành phố; không để hộ nghèo nào bị bỏ lại phía sau.",
                new TargetDto("Hộ nghèo được hỗ trợ", 120.0, "hộ"),
                new TargetDto("Kinh phí vận động", 300000000.0, "đồng"));
        register(ngheo, "O-P1", LocalDate.of(2021, 3, 25),
                "Mỗi chi hội nhận giúp đỡ ít nhất 02 hộ nghèo trong năm.",
                new TargetDto("Hộ nghèo được giúp đỡ", 10.0, "hộ"));
        register(tet, "O-LONGHOA", LocalDate.of(2021, 1, 5),
                "Tổ chức thăm hỏi, tặng quà Tết cho hộ nghèo, gia đình chính sách.",
                new TargetDto("Phần quà Tết", 200.0, "phần"));
        register(ownUnits, "H-TPTN", LocalDate.of(2021, 4, 1),
                "Phát động phong trào thi đua \"Mỗi hội viên một việc làm nhân đạo\" trong các chi hội.");
        register(election, "H-TPTN", LocalDate.of(2021, 2, 15),
                "Tuyên truyền, vận động hội viên, tình nguyện viên tham gia bầu cử đầy đủ, đúng luật.");
        register(tet, "X-TANNINH", LocalDate.of(2025, 12, 1),
                "Vận động và trao quà Tết Nhân ái cho người có hoàn cảnh khó khăn trên địa bàn phường.",
                new TargetDto("Phần quà Tết", 150.0, "phần"));
        register(nguoiTot, "X-LONGHOA", LocalDate.of(2025, 9, 15),
                "Phát hiện và giới thiệu ít nhất 03 gương người tốt, việc thiện trong năm.",
                new TargetDto("Gương người tốt, việc thiện", 3.0, "gương"));

        List<LegalBasisDto> bases = List.of(
                new LegalBasisDto("565/CT-UBND", LocalDate.of(2021, 3, 1), UBND,
                        "Kế hoạch tuyên truyền các phong trào thi đua yêu nước, các điển hình tiên tiến, mô hình mới, "
                                + "nhân tố mới năm 2021"),
                new LegalBasisDto("310/KH-UBND", LocalDate.of(2021, 2, 1), "UBND tỉnh",
                        "Kế hoạch phát động phong trào thi đua thực hiện thành công cuộc bầu cử đại biểu Quốc hội khóa XV "
                                + "và bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026"),
                new LegalBasisDto("44/2020/QĐ-UBND", LocalDate.of(2020, 10, 27), "UBND tỉnh",
                        "Quyết định ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Tây Ninh"),
                new LegalBasisDto("05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị",
                        "Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"));
        List<Long> covered = new ArrayList<>(List.of(ntm, cvdNtm, dn, ngheo, vhcs, cvdTieuCuc, nscl, vhoa, cchc,
                ownUnits, election));
        long plan = plans.createSystem(new PlanWrite(root, 2021,
                "Tuyên truyền các phong trào thi đua yêu nước, gương điển hình tiên tiến, mô hình mới, nhân tố mới năm 2021",
                bases, SeedText.PURPOSES, SeedText.CONTENTS, SeedText.FORMS, SeedText.IMPLEMENTATION,
                List.of("Ban TĐKT tỉnh;", "TT Tỉnh Hội;", "Các phòng, ban Tỉnh Hội;", "Trang tin điện tử Tỉnh Hội;",
                        "Lưu: VT, TĐKT."),
                "Thái Duy Thanh", "Phó Chủ tịch", "KT. Chủ tịch", covered));
        plans.issueSystem(plan, LocalDate.of(2021, 3, 15));
    }

    private long movement(String code, String name, MovementKind kind, String launchedBy, Long launchingUnit,
                          Long tiedTo, LocalDate start, LocalDate end, String description) {
        MovementStatus status = end != null && end.isBefore(LocalDate.now()) ? MovementStatus.CLOSED
                : MovementStatus.ACTIVE;
        return movements.createSystem(new MovementWrite(code, name, kind, launchedBy, launchingUnit, tiedTo, start, end,
                description, null, status));
    }

    private void register(long movementId, String unitCode, LocalDate on, String commitments, TargetDto... targets) {
        registrations.createSystem(movementId, org.id(unitCode),
                new RegistrationWrite(null, on, commitments, List.of(targets)));
    }
}
