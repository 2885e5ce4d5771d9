package vn.thidua.plan;

/**
 * Sections of the seed plan (shared/seed/ke-hoach-tuyen-truyen-2021.vi.txt), word for word, one paragraph per
 * line, for the demo data.
 */
final class SeedText {
    private SeedText() {
    }

    static final String PURPOSES = """
            - Tuyên truyền sâu rộng đến cán bộ, đảng viên, viên chức, người lao động, hội viên, tình nguyện viên nhận thức sâu sắc về tư tưởng Thi đua ái quốc của Chủ tịch Hồ Chí Minh, chủ trương đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng nhằm nâng cao hơn nữa vị trí, vai trò, tác dụng to lớn của phong trào thi đua yêu nước, công tác khen thưởng và hiệu quả thiết thực của việc nhân rộng, biểu dương, tôn vinh gương điển hình tiên tiến trong các phong trào thi đua, tạo động lực hoàn thành các nhiệm vụ được giao.
            - Thông qua công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến, rút ra bài học kinh nghiệm về tổ chức, triển khai, thực hiện các phong trào thi đua; kinh nghiệm về xây dựng và nhân rộng các điển hình tiên tiến, thi đua cùng các gương điển hình tiên tiến; tiếp tục đổi mới nội dung, hình thức, chất lượng công tác thi đua, khen thưởng.""";

    static final String CONTENTS = """
            - Tư tưởng Thi đua ái quốc của Chủ tịch Hồ Chí Minh, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về thi đua, khen thưởng.
            - Tập trung tuyên truyền hiệu quả, tác dụng to lớn và kết tinh tư tưởng của Chủ tịch Hồ Chí Minh trong “Lời kêu gọi Thi đua ái quốc”, các chủ trương, định hướng của Đảng về công tác thi đua, khen thưởng; các quy định của pháp luật về công tác thi đua, khen thưởng, nhất là Quyết định số 44/2020/QĐ-UBND ngày 27/10/2020 của UBND tỉnh về việc ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Tây Ninh.
            - Kết quả thực hiện việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” gắn với việc thực hiện Nghị quyết Trung ương 4 (khóa XII), các quy định về trách nhiệm nêu gương của cán bộ, đảng viên; các điển hình tiên tiến của tổ chức Đảng, đảng viên trong triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
            - Thi đua thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh Tây Ninh lần thứ XI.
            - Kết quả thực hiện các phong trào thi đua “Tây Ninh chung sức xây dựng nông thôn mới” gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới”, đô thị văn minh, “Doanh nghiệp Việt nam hội nhập và phát triển”, “Tây Ninh chung tay vì người nghèo - không để ai bị bỏ lại phía sau”, “Cán bộ, công chức, viên chức Tây Ninh thi đua thực hiện văn hóa công sở” gắn với thực hiện Cuộc vận động “Cán bộ, công chức, viên chức nói không với tiêu cực”, “Đoàn kết, sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế”, “Toàn dân đoàn kết xây dựng đời sống văn hóa”, “Thực hiện công tác cải cách hành chính, vận động Nhân dân sử dụng dịch vụ công mức độ 4”, phong trào thi đua do cơ quan, đơn vị phát động; kết quả của các phong trào, tác động của phong trào thi đua trong thực hiện các nhiệm vụ chính trị và phát triển kinh tế - xã hội, đảm bảo quốc phồn - an ninh.
            - Tập trung tuyên truyền việc triển khai, thực hiện Kế hoạch số 310/KH-UBND ngày 01/02/2021 của UBND tỉnh, phong trào thi đua thực hiện thành công bầu cử Đại biểu quốc hội khóa XV, bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 và các phong trào thi đua chuyên đề khác do UBND tỉnh phát động trong năm 2021.
            - Tuyên truyền các gương điển hình tiên tiến, tiêu biểu trên các lĩnh vực, mô hình mới, nhân tố mới, gương người tốt, việc tốt.""";

    static final String FORMS = """
            - Tuyên truyền trên các phương tiện thông tin đại chúng, trên trang thông tin điện tử của Tỉnh Hội, trên Internet và mạng xã hội; các gương điển hình tiên tiến, mô hình mới, nhân tố mới.
            - Tổ chức trao đổi, giao lưu, học tập, kinh nghiệm, tham quan thực tế, thăm hỏi tặng quà...""";

    static final String IMPLEMENTATION = """
            - Đẩy mạnh công tác tuyên truyền, vận động, làm chuyển biến mạnh mẽ về nhận thức cho cán bộ, viên chức và người lao động về công tác thi đua khen thưởng.
            - Báo cáo kết quả thực hiện công tác tuyên truyền 6 tháng, năm lồng ghép vào báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng năm 2021.""";
}
