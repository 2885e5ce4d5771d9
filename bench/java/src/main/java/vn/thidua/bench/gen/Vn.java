package vn.thidua.bench.gen;

import java.util.List;
import java.util.Random;

/** Vietnamese names and places for the generated province (Tây Ninh after the 2025 merger with Long An). */
public final class Vn {
    private Vn() {
    }

    /** Family names with rough national frequencies (Nguyễn about 38 %). */
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai", "Tô", "Châu", "Đoàn", "Lương"};
    static final int[] FAMILY_WEIGHT = {380, 110, 95, 70, 50, 40, 45, 30, 40, 20, 20, 15, 15, 13, 10, 5, 8, 6, 6, 5,
        3, 3, 4, 3};
    static final String[] MIDDLE_M = {"Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công", "Hoàng", "Ngọc", "Tấn"};
    static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Hồng", "Bích"};
    static final String[] GIVEN_M = {"An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hùng", "Huy",
        "Khang", "Khoa", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát", "Phúc", "Quân", "Sơn", "Tài", "Tâm", "Thắng",
        "Thành", "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Việt", "Vinh"};
    static final String[] GIVEN_F = {"Anh", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương",
        "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhung", "Oanh", "Phượng", "Quyên",
        "Quỳnh", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Uyên", "Vy", "Yến"};

    /** The nine districts (cấp huyện) of Tây Ninh before the 2025 reform, with ten of their communes each. */
    static final String[][] OLD_DISTRICTS = {
        {"Thành phố Tây Ninh", "Phường 1", "Phường 2", "Phường 3", "Phường IV", "Phường Hiệp Ninh",
            "Phường Ninh Sơn", "Phường Ninh Thạnh", "Xã Bình Minh", "Xã Thạnh Tân", "Xã Tân Bình"},
        {"Thị xã Hòa Thành", "Phường Long Hoa", "Phường Long Thành Bắc", "Phường Long Thành Trung",
            "Phường Hiệp Tân", "Xã Long Thành Nam", "Xã Trường Hòa", "Xã Trường Đông", "Xã Trường Tây",
            "Xã Long Thới", "Xã Hiệp Định"},
        {"Thị xã Trảng Bàng", "Phường Trảng Bàng", "Phường An Tịnh", "Phường Gia Bình", "Phường Gia Lộc",
            "Phường Lộc Hưng", "Phường An Hòa", "Xã Đôn Thuận", "Xã Hưng Thuận", "Xã Phước Bình", "Xã Phước Chỉ"},
        {"Huyện Gò Dầu", "Thị trấn Gò Dầu", "Xã Thạnh Đức", "Xã Cẩm Giang", "Xã Hiệp Thạnh", "Xã Bàu Đồn",
            "Xã Phước Thạnh", "Xã Phước Đông", "Xã Phước Trạch", "Xã Thanh Phước", "Xã Truông Mít"},
        {"Huyện Bến Cầu", "Thị trấn Bến Cầu", "Xã Long Chữ", "Xã Long Phước", "Xã Long Giang", "Xã Tiên Thuận",
            "Xã Long Khánh", "Xã Lợi Thuận", "Xã Long Thuận", "Xã An Thạnh", "Xã Phước Lưu"},
        {"Huyện Châu Thành", "Thị trấn Châu Thành", "Xã Hảo Đước", "Xã Phước Vinh", "Xã Đồng Khởi",
            "Xã Thái Bình", "Xã An Cơ", "Xã Biên Giới", "Xã Hòa Thạnh", "Xã Trí Bình", "Xã Hòa Hội"},
        {"Huyện Dương Minh Châu", "Thị trấn Dương Minh Châu", "Xã Suối Đá", "Xã Phan", "Xã Phước Ninh",
            "Xã Phước Minh", "Xã Bàu Năng", "Xã Chà Là", "Xã Cầu Khởi", "Xã Bến Củi", "Xã Lộc Ninh"},
        {"Huyện Tân Biên", "Thị trấn Tân Biên", "Xã Tân Lập", "Xã Thạnh Bắc", "Xã Tân Bình", "Xã Thạnh Bình",
            "Xã Thạnh Tây", "Xã Hòa Hiệp", "Xã Tân Phong", "Xã Mỏ Công", "Xã Trà Vong"},
        {"Huyện Tân Châu", "Thị trấn Tân Châu", "Xã Tân Đông", "Xã Tân Hòa", "Xã Suối Ngô", "Xã Suối Dây",
            "Xã Tân Hiệp", "Xã Thạnh Đông", "Xã Tân Thành", "Xã Tân Phú", "Xã Tân Hội"}};

    /** Commune-level units of the merged province from 1 July 2025 (names after the 2025 arrangement). */
    static final List<String> NEW_COMMUNES = List.of(
        "Phường Tân Ninh", "Phường Bình Minh", "Phường Ninh Thạnh", "Phường Long Hoa", "Phường Hòa Thành",
        "Phường Thanh Điền", "Phường Trảng Bàng", "Phường An Tịnh", "Phường Gò Dầu", "Phường Gia Lộc",
        "Phường Long An", "Phường Tân An", "Phường Khánh Hậu", "Phường Kiến Tường", "Xã Tân Đông", "Xã Tân Châu",
        "Xã Tân Phú", "Xã Tân Hội", "Xã Tân Thành", "Xã Tân Hòa", "Xã Tân Lập", "Xã Tân Biên", "Xã Thạnh Bình",
        "Xã Trà Vong", "Xã Phước Vinh", "Xã Hòa Hội", "Xã Ninh Điền", "Xã Châu Thành", "Xã Hảo Đước",
        "Xã Long Chữ", "Xã Long Thuận", "Xã Bến Cầu", "Xã Thạnh Đức", "Xã Truông Mít", "Xã Lộc Ninh",
        "Xã Cầu Khởi", "Xã Dương Minh Châu", "Xã Phước Chỉ", "Xã Hưng Thuận", "Xã Đức Hòa", "Xã Đức Lập",
        "Xã Hòa Khánh", "Xã Đức Huệ", "Xã Mỹ Quý", "Xã Đông Thành", "Xã Bến Lức", "Xã Lương Hòa",
        "Xã Thạnh Lợi", "Xã Mỹ Yên", "Xã Cần Giuộc", "Xã Phước Lý", "Xã Mỹ Lộc", "Xã Tân Tập", "Xã Cần Đước",
        "Xã Rạch Kiến", "Xã Long Hựu", "Xã Mỹ Lệ", "Xã Tân Trụ", "Xã Nhựt Tảo", "Xã Thủ Thừa", "Xã Mỹ An",
        "Xã Mỹ Thạnh", "Xã Tân Long", "Xã Tầm Vu", "Xã Vĩnh Công", "Xã An Lục Long", "Xã Thạnh Hóa",
        "Xã Bình Thành", "Xã Thạnh Phước", "Xã Tân Tây", "Xã Tân Thạnh", "Xã Nhơn Hòa Lập", "Xã Hậu Thạnh",
        "Xã Nhơn Ninh", "Xã Mộc Hóa", "Xã Bình Hiệp", "Xã Bình Hòa", "Xã Vĩnh Hưng", "Xã Khánh Hưng",
        "Xã Tuyên Bình", "Xã Vĩnh Thạnh", "Xã Tân Hưng", "Xã Hưng Điền", "Xã Vĩnh Châu", "Xã Tuyên Thạnh",
        "Xã Thạnh Hòa", "Xã Long Cang", "Xã Phước Lợi", "Xã An Ninh", "Xã Hiệp Hòa", "Xã Hậu Nghĩa",
        "Xã Mỹ Hạnh", "Xã Đức Hòa Thượng", "Xã Long Hiệp", "Xã Tân Lân", "Xã Phước Thạnh", "Xã Bàu Đồn",
        "Xã Suối Ngô", "Xã Tân Phong", "Xã Vĩnh Hòa");

    static final String[] DEPARTMENTS = {"Văn phòng Tỉnh Hội", "Ban Công tác Hội và Phong trào",
        "Ban Tuyên truyền – Thi đua, Khen thưởng", "Ban Chăm sóc sức khỏe – Xã hội"};

    public static String fullName(Random r, boolean female) {
        String family = weighted(r, FAMILY, FAMILY_WEIGHT);
        String middle = pick(r, female ? MIDDLE_F : MIDDLE_M);
        String given = pick(r, female ? GIVEN_F : GIVEN_M);
        return family + " " + middle + " " + given;
    }

    public static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    static String weighted(Random r, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    public static String phone(Random r) {
        String[] prefixes = {"090", "091", "093", "094", "096", "097", "098", "032", "033", "035", "037", "038",
            "070", "077", "079", "081", "083", "085", "088"};
        return pick(r, prefixes) + String.format("%07d", r.nextInt(10_000_000));
    }
}
