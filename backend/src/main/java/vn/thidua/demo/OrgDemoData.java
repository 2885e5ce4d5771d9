package vn.thidua.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.auth.Bootstrap.DemoDataRequested;
import vn.thidua.auth.Role;
import vn.thidua.auth.UserService;
import vn.thidua.org.OrgLevel;
import vn.thidua.org.OrgUnitService;

/**
 * The demo province: the Tây Ninh Red Cross as it was before the 2025 re-organisation (nine district-level
 * branches, valid to 30/06/2025, with some of their communes) and after it (commune-level branches directly
 * under the province from 01/07/2025, named as successors of the units they absorbed), plus one demo
 * account per role. Later features add their own demo records by observing {@link DemoDataRequested}
 * after this one and looking units up by {@link DemoOrg#id(String)}.
 */
@ApplicationScoped
public class OrgDemoData {
    static final LocalDate FOUNDED = LocalDate.of(1990, 1, 1);
    static final LocalDate OLD_END = LocalDate.of(2025, 6, 30);
    static final LocalDate NEW_START = LocalDate.of(2025, 7, 1);

    @ConfigProperty(name = "app.demo.password", defaultValue = "ThiDua@2026")
    String demoPassword;

    @Inject
    OrgUnitService units;

    @Inject
    UserService users;

    @Inject
    DemoOrg org;

    /** Post-2025 commune-level branches: code → name. */
    static final Map<String, String> NEW_COMMUNES = new LinkedHashMap<>();
    /** Pre-2025 districts: code → name, and their communes: code → {name, successor code}. */
    static final Map<String, String> DISTRICTS = new LinkedHashMap<>();
    static final Map<String, List<String[]>> OLD_COMMUNES = new LinkedHashMap<>();

    static {
        NEW_COMMUNES.put("X-TANNINH", "Hội Chữ thập đỏ phường Tân Ninh");
        NEW_COMMUNES.put("X-BINHMINH", "Hội Chữ thập đỏ phường Bình Minh");
        NEW_COMMUNES.put("X-NINHTHANH", "Hội Chữ thập đỏ phường Ninh Thạnh");
        NEW_COMMUNES.put("X-LONGHOA", "Hội Chữ thập đỏ phường Long Hoa");
        NEW_COMMUNES.put("X-HOATHANH", "Hội Chữ thập đỏ phường Hòa Thành");
        NEW_COMMUNES.put("X-TRANGBANG", "Hội Chữ thập đỏ phường Trảng Bàng");
        NEW_COMMUNES.put("X-ANTINH", "Hội Chữ thập đỏ phường An Tịnh");
        NEW_COMMUNES.put("X-GODAU", "Hội Chữ thập đỏ phường Gò Dầu");
        NEW_COMMUNES.put("X-TANBIEN", "Hội Chữ thập đỏ xã Tân Biên");
        NEW_COMMUNES.put("X-TANCHAU", "Hội Chữ thập đỏ xã Tân Châu");
        NEW_COMMUNES.put("X-DUONGMINHCHAU", "Hội Chữ thập đỏ xã Dương Minh Châu");
        NEW_COMMUNES.put("X-CHAUTHANH", "Hội Chữ thập đỏ xã Châu Thành");
        NEW_COMMUNES.put("X-BENCAU", "Hội Chữ thập đỏ xã Bến Cầu");
        NEW_COMMUNES.put("X-LONGAN", "Hội Chữ thập đỏ phường Long An");
        NEW_COMMUNES.put("X-TANAN", "Hội Chữ thập đỏ phường Tân An");
        NEW_COMMUNES.put("X-DUCHOA", "Hội Chữ thập đỏ xã Đức Hòa");

        DISTRICTS.put("H-TPTN", "Hội Chữ thập đỏ thành phố Tây Ninh");
        DISTRICTS.put("H-HOATHANH", "Hội Chữ thập đỏ thị xã Hòa Thành");
        DISTRICTS.put("H-TRANGBANG", "Hội Chữ thập đỏ thị xã Trảng Bàng");
        DISTRICTS.put("H-TANBIEN", "Hội Chữ thập đỏ huyện Tân Biên");
        DISTRICTS.put("H-TANCHAU", "Hội Chữ thập đỏ huyện Tân Châu");
        DISTRICTS.put("H-DMC", "Hội Chữ thập đỏ huyện Dương Minh Châu");
        DISTRICTS.put("H-CHAUTHANH", "Hội Chữ thập đỏ huyện Châu Thành");
        DISTRICTS.put("H-GODAU", "Hội Chữ thập đỏ huyện Gò Dầu");
        DISTRICTS.put("H-BENCAU", "Hội Chữ thập đỏ huyện Bến Cầu");

        OLD_COMMUNES.put("H-TPTN", List.of(
                new String[]{"O-P1", "Hội Chữ thập đỏ Phường 1", "X-TANNINH"},
                new String[]{"O-P2", "Hội Chữ thập đỏ Phường 2", "X-TANNINH"},
                new String[]{"O-P3", "Hội Chữ thập đỏ Phường 3", "X-TANNINH"},
                new String[]{"O-NINHSON", "Hội Chữ thập đỏ phường Ninh Sơn", "X-BINHMINH"},
                new String[]{"O-NINHTHANH", "Hội Chữ thập đỏ phường Ninh Thạnh", "X-NINHTHANH"},
                new String[]{"O-BINHMINH", "Hội Chữ thập đỏ xã Bình Minh", "X-BINHMINH"}));
        OLD_COMMUNES.put("H-HOATHANH", List.of(
                new String[]{"O-LONGHOA", "Hội Chữ thập đỏ phường Long Hoa", "X-LONGHOA"},
                new String[]{"O-HIEPTAN", "Hội Chữ thập đỏ phường Hiệp Tân", "X-HOATHANH"},
                new String[]{"O-LTBAC", "Hội Chữ thập đỏ phường Long Thành Bắc", "X-HOATHANH"}));
        OLD_COMMUNES.put("H-TRANGBANG", List.of(
                new String[]{"O-ANTINH", "Hội Chữ thập đỏ phường An Tịnh", "X-ANTINH"},
                new String[]{"O-TRANGBANG", "Hội Chữ thập đỏ phường Trảng Bàng", "X-TRANGBANG"}));
        OLD_COMMUNES.put("H-TANBIEN", List.<String[]>of(new String[]{"O-TTTANBIEN", "Hội Chữ thập đỏ thị trấn Tân Biên", "X-TANBIEN"}));
        OLD_COMMUNES.put("H-TANCHAU", List.<String[]>of(new String[]{"O-TTTANCHAU", "Hội Chữ thập đỏ thị trấn Tân Châu", "X-TANCHAU"}));
        OLD_COMMUNES.put("H-DMC", List.<String[]>of(new String[]{"O-TTDMC", "Hội Chữ thập đỏ thị trấn Dương Minh Châu", "X-DUONGMINHCHAU"}));
        OLD_COMMUNES.put("H-CHAUTHANH", List.<String[]>of(new String[]{"O-TTCHAUTHANH", "Hội Chữ thập đỏ thị trấn Châu Thành", "X-CHAUTHANH"}));
        OLD_COMMUNES.put("H-GODAU", List.of(
                new String[]{"O-TTGODAU", "Hội Chữ thập đỏ thị trấn Gò Dầu", "X-GODAU"},
                new String[]{"O-THANHPHUOC", "Hội Chữ thập đỏ xã Thanh Phước", "X-GODAU"}));
        OLD_COMMUNES.put("H-BENCAU", List.<String[]>of(new String[]{"O-TTBENCAU", "Hội Chữ thập đỏ thị trấn Bến Cầu", "X-BENCAU"}));
    }

    void load(@Observes @Priority(100) DemoDataRequested ev) {
        long root = ev.rootUnitId();
        org.put("TNH", root);
        dept(root, "TNH-VP", "Văn phòng Tỉnh Hội");
        dept(root, "TNH-TCKT", "Ban Tổ chức – Kiểm tra");
        dept(root, "TNH-TTPT", "Ban Truyền thông – Phát triển nguồn lực");
        dept(root, "TNH-CTXH", "Ban Công tác xã hội – Chăm sóc sức khỏe");

        NEW_COMMUNES.forEach((code, name) ->
                org.put(code, units.createSystem(code, name, OrgLevel.COMMUNE, root, NEW_START, null, null)));
        DISTRICTS.forEach((code, name) -> {
            long d = units.createSystem(code, name, OrgLevel.DISTRICT, root, FOUNDED, OLD_END, null);
            org.put(code, d);
            for (String[] c : OLD_COMMUNES.getOrDefault(code, List.of())) {
                org.put(c[0], units.createSystem(c[0], c[1], OrgLevel.COMMUNE, d, FOUNDED, OLD_END, org.id(c[2])));
            }
        });
        org.put("CH-TANNINH-KP1", units.createSystem("CH-TANNINH-KP1", "Chi hội Chữ thập đỏ khu phố 1, phường Tân Ninh",
                OrgLevel.CHAPTER, org.id("X-TANNINH"), NEW_START, null, null));

        users.createSystem("canbo.tinh", "Nguyễn Thị Thu Hà", Role.PROVINCIAL_OFFICER, root, demoPassword);
        users.createSystem("lanhdao", "Thái Duy Thanh", Role.LEADER, root, demoPassword);
        users.createSystem("canbo.xa", "Trần Văn Đường", Role.BRANCH_OFFICER, org.id("X-TANNINH"), demoPassword);
        users.createSystem("canbo.xa2", "Lê Thị Ánh Tuyết", Role.BRANCH_OFFICER, org.id("X-LONGHOA"), demoPassword);
        users.createSystem("canbo.huyen", "Phạm Minh Đức", Role.BRANCH_OFFICER, org.id("H-TPTN"), demoPassword);
    }

    private void dept(long root, String code, String name) {
        org.put(code, units.createSystem(code, name, OrgLevel.DEPARTMENT, root, FOUNDED, null, null));
    }
}
