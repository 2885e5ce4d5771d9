package vn.thidua.bench.gen;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.thidua.bench.Fold;

/**
 * Plans [kế hoạch] of the province and of the pre-2025 districts, a few per issuing unit and year, with their
 * legal bases, recipients and linked movements. Most are ISSUED, numbered as {@code PlanService.issue} numbers
 * them (Decree 30/2020: per issuing unit and year of issue, from 1, {@code 05/KH-CTĐ}); the recent ones may still
 * be DRAFT (no number). The {@code document_sequence} rows (kind KH) are left at the next free number, so a plan
 * issued through the API after the load takes the next number, never a used one.
 */
public final class PlanGenerator implements RecordGenerator {
    static final String SYMBOL = "KH-CTĐ";
    private static final String[] SUBJECTS = {"Tổ chức phong trào thi đua yêu nước", "Triển khai công tác Hội và phong trào Chữ thập đỏ",
        "Tổ chức các hoạt động chăm lo Tết Nguyên đán", "Vận động hiến máu tình nguyện",
        "Tổ chức Tháng Nhân đạo", "Triển khai phong trào \"Người tốt, việc thiện\"",
        "Khen thưởng gương điển hình tiên tiến", "Tập huấn sơ cấp cứu cộng đồng"};
    private static final String[][] BASES = {
        {"565/CT-UBND", "2021-03-01", "UBND tỉnh Tây Ninh", "Chỉ thị về việc đẩy mạnh phong trào thi đua yêu nước"},
        {"310/KH-UBND", "2021-02-01", "UBND tỉnh Tây Ninh", "Kế hoạch tổ chức phong trào thi đua"},
        {"44/2020/QĐ-UBND", "2020-10-27", "UBND tỉnh Tây Ninh", "Quy chế thi đua, khen thưởng tỉnh Tây Ninh"},
        {"05-CT/TW", "2016-05-15", "Bộ Chính trị", "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"},
        {"98/2023/NĐ-CP", "2023-12-31", "Chính phủ", "Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"},
        {"06/2022/QH15", "2022-06-15", "Quốc hội", "Luật Thi đua, khen thưởng"}};
    private static final String[] RECIPIENTS = {"Trung ương Hội Chữ thập đỏ Việt Nam", "Thường trực Tỉnh ủy",
        "UBND tỉnh", "Ban Thi đua – Khen thưởng tỉnh", "Hội Chữ thập đỏ các huyện, thị xã, thành phố",
        "Hội Chữ thập đỏ các xã, phường", "Lưu: VT"};

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public long baseCount() {
        return 100;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"plan", "plan_legal_basis", "plan_recipient", "plan_movement", "document_sequence"};
    }

    private record Draft(long unit, String unitName, int year, LocalDate createdOn, LocalDate issuedOn) {
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        int n = (int) ctx.scaled(baseCount(), 10);
        Random r = ctx.random;
        LocalDate today = ctx.today();
        String rootName = vn.thidua.bench.Db.scalarString(ctx.conn, "select name from org_unit where id = " + ctx.rootId);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int year = 2022 + r.nextInt(5);
            boolean province = i % 3 == 0 || year >= 2025 && r.nextInt(3) > 0;
            GenContext.Unit district = ctx.districts.get(r.nextInt(ctx.districts.size()));
            // written in December of the year before or in the first months of the year
            LocalDate created = LocalDate.of(year - 1, 12, 1).plusDays(r.nextInt(province ? 150 : 100));
            if (!province && created.isAfter(district.validTo().minusDays(20))) {
                province = true;
            }
            if (created.isAfter(today)) {
                created = today.minusDays(r.nextInt(30));
            }
            LocalDate issued = created.plusDays(3 + r.nextInt(25));
            boolean draft = issued.isAfter(today) || r.nextInt(12) == 0;
            drafts.add(new Draft(province ? ctx.rootId : district.id(), province ? rootName : district.name(), year,
                    created, draft ? null : issued));
        }
        drafts.sort(Comparator.comparing(Draft::createdOn));
        // the numbers in order of issue, per unit and year of issue, after what the database already gave
        Map<String, Integer> next = new HashMap<>();
        try (var st = ctx.conn.createStatement();
             ResultSet rs = st.executeQuery("select org_unit_id, year, next_value from document_sequence where kind = 'KH'")) {
            while (rs.next()) {
                next.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3));
            }
        }
        Map<Draft, Integer> seqOf = new java.util.IdentityHashMap<>();
        drafts.stream().filter(d -> d.issuedOn() != null).sorted(Comparator.comparing(Draft::issuedOn)).forEach(d -> {
            String key = d.unit() + "/" + d.issuedOn().getYear();
            int seq = next.getOrDefault(key, 1);
            next.put(key, seq + 1);
            seqOf.put(d, seq);
        });
        long id = ctx.nextId("plan");
        long rows = 0;
        try (TableInsert plans = new TableInsert(ctx.conn, "plan", "id", "number", "number_year", "number_seq",
                "issued_on", "issuing_org_unit_id", "year", "title", "title_folded", "purposes", "contents", "forms",
                "implementation", "signer_name", "signer_title", "signer_prefix", "status", "version", "created_at",
                "updated_at");
             BatchInsert bases = new BatchInsert(ctx.conn, "plan_legal_basis", "plan_id", "position", "number",
                     "issued_on", "issuer", "title");
             BatchInsert recipients = new BatchInsert(ctx.conn, "plan_recipient", "plan_id", "position", "recipient");
             BatchInsert links = new BatchInsert(ctx.conn, "plan_movement", "plan_id", "position", "movement_id")) {
            for (Draft d : drafts) {
                String subject = Vn.pick(r, SUBJECTS);
                String title = "Kế hoạch " + Character.toLowerCase(subject.charAt(0)) + subject.substring(1) + " năm "
                        + d.year();
                Integer seq = seqOf.get(d);
                boolean vice = r.nextBoolean();
                Timestamp created = ctx.officeTime(d.createdOn(), r);
                Timestamp updated = d.issuedOn() == null ? created : ctx.officeTime(d.issuedOn(), r);
                plans.row(id, seq == null ? null : String.format("%02d/%s", seq, SYMBOL),
                        seq == null ? null : d.issuedOn().getYear(), seq, d.issuedOn() == null ? null
                                : Date.valueOf(d.issuedOn()), d.unit(), d.year(), title, Fold.fold(title),
                        "Đẩy mạnh phong trào thi đua, phát hiện và nhân rộng gương điển hình tiên tiến.",
                        "1. Nội dung thi đua.\n2. Chỉ tiêu thi đua.\n3. Khen thưởng.",
                        "Thi đua thường xuyên; thi đua theo đợt, chuyên đề.",
                        "Ban Thường vụ " + d.unitName() + " chỉ đạo, hướng dẫn; các đơn vị báo cáo kết quả.",
                        Vn.fullName(r, r.nextBoolean()), vice ? "Phó Chủ tịch" : "Chủ tịch",
                        vice ? "KT. Chủ tịch" : null, d.issuedOn() == null ? "DRAFT" : "ISSUED",
                        d.issuedOn() == null ? 0 : 1, created, updated);
                int nb = 2 + r.nextInt(3);
                int b0 = r.nextInt(BASES.length);
                for (int b = 0; b < nb; b++) {
                    String[] x = BASES[(b0 + b) % BASES.length];
                    bases.row(id, b, x[0], Date.valueOf(x[1]), x[2], x[3]);
                }
                int nr = 3 + r.nextInt(3);
                for (int k = 0; k < nr; k++) {
                    recipients.row(id, k, RECIPIENTS[k == nr - 1 ? RECIPIENTS.length - 1 : k]);
                }
                LocalDate from = LocalDate.of(d.year(), 1, 1);
                LocalDate to = LocalDate.of(d.year(), 12, 31);
                List<Long> running = ctx.movements.stream().filter(m -> m.overlaps(from, to))
                        .map(GenContext.Movement::id).toList();
                int nm = Math.min(running.size(), 1 + r.nextInt(4));
                int m0 = running.isEmpty() ? 0 : r.nextInt(running.size());
                for (int k = 0; k < nm; k++) {
                    links.row(id, k, running.get((m0 + k) % running.size()));
                }
                id++;
            }
            rows += plans.rows() + bases.rows() + recipients.rows() + links.rows();
        }
        // document_sequence: next_value = the next free number of each (unit, year) that issued plans
        try (var up = ctx.conn.prepareStatement("insert into document_sequence (org_unit_id, year, kind, next_value) "
                + "values (?, ?, 'KH', ?) on duplicate key update next_value = values(next_value)")) {
            for (Map.Entry<String, Integer> e : next.entrySet()) {
                String[] k = e.getKey().split("/");
                up.setLong(1, Long.parseLong(k[0]));
                up.setInt(2, Integer.parseInt(k[1]));
                up.setInt(3, e.getValue());
                up.addBatch();
                rows++;
            }
            up.executeBatch();
        }
        return rows;
    }
}
