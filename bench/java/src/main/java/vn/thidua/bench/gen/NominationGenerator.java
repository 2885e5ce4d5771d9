package vn.thidua.bench.gen;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.thidua.bench.Fold;

/**
 * Nominations of exemplary examples over the four categories, owned by {@code ctx.branchOn(day)} (Zipf-skewed),
 * each with its timeline in {@code nomination_event} as {@code NominationService} writes it: CREATE (to DRAFT), an
 * EDIT now and then (with the changed field names), SUBMIT, START_REVIEW, then RETURN (with a comment, followed by
 * an edit and a resubmission), REJECT (with a reason), RECOGNIZE, HONOR (decision number, date and form on the
 * nomination) and REPLICATE (one {@code nomination_replication} row each), or WITHDRAW. The workflow is walked
 * step by step with plausible delays and stops at today, so old nominations are mostly decided and recent ones
 * are still in the queue; {@code submitted_on} is the day of the first SUBMIT, {@code search_folded} =
 * fold(nominee | title | achievements) as {@code Nomination.refold} writes it. Publishes {@code ctx.ids["nomination"]}.
 */
public final class NominationGenerator implements RecordGenerator {
    private static final String[] CATEGORIES = {"ADVANCED_EXAMPLE", "GOOD_DEED", "NEW_MODEL", "NEW_FACTOR"};
    private static final int[] CATEGORY_WEIGHT = {40, 30, 15, 15};
    private static final String[] FIELDS = {"Hiến máu tình nguyện", "Sơ cấp cứu", "Chăm sóc người có hoàn cảnh khó khăn",
        "Vận động nguồn lực", "Phòng ngừa, ứng phó thảm họa", "Công tác xã hội", "Tuyên truyền"};
    private static final String[] POSITIONS = {"Hội viên", "Tình nguyện viên", "Chi hội trưởng", "Chi hội phó",
        "Cán bộ Hội", "Nhà hảo tâm", "Trưởng ấp"};
    private static final String[] GROUPS = {"Chi hội Chữ thập đỏ ấp %d", "Đội sơ cấp cứu ấp %d",
        "Tổ tình nguyện viên hiến máu khu phố %d", "Câu lạc bộ \"Nhân đạo kết nối\" ấp %d",
        "Bếp ăn tình thương ấp %d"};
    private static final String[] INDIVIDUAL_TITLES = {"Gương điển hình tiên tiến trong công tác Hội",
        "Người tốt, việc thiện", "Tấm gương hiến máu tình nguyện nhiều lần", "Gương tình nguyện viên tiêu biểu",
        "Nhà hảo tâm tích cực ủng hộ hoạt động nhân đạo"};
    private static final String[] COLLECTIVE_TITLES = {"Tập thể tiêu biểu trong phong trào Chữ thập đỏ",
        "Mô hình \"Ngôi nhà Chữ thập đỏ\"", "Mô hình sơ cấp cứu cộng đồng", "Mô hình \"Tủ thuốc nhân đạo\"",
        "Nhân tố mới trong vận động nguồn lực"};
    private static final String[] ACHIEVEMENTS = {"Đã hiến máu tình nguyện %d lần.",
        "Vận động được %d suất quà cho hộ nghèo dịp Tết.", "Tham gia sơ cấp cứu %d trường hợp tai nạn giao thông.",
        "Hỗ trợ xây dựng %d căn nhà Chữ thập đỏ.", "Tổ chức %d lớp tập huấn sơ cấp cứu cho người dân.",
        "Kết nối %d nhà hảo tâm với các gia đình khó khăn."};
    private static final String[] RETURN_COMMENTS = {"Đề nghị bổ sung minh chứng thành tích.",
        "Thành tích chưa nêu rõ số liệu cụ thể, đề nghị bổ sung.", "Đề nghị bổ sung xác nhận của chính quyền địa phương."};
    private static final String[] REJECT_REASONS = {"Thành tích chưa đủ tiêu chuẩn khen thưởng theo quy chế.",
        "Trùng với hồ sơ đã đề nghị ở đợt trước.", "Không thuộc đối tượng của phong trào."};
    private static final String[] HONOR_FORMS = {"Giấy khen của Ban Thường vụ Hội Chữ thập đỏ tỉnh",
        "Bằng khen của Trung ương Hội Chữ thập đỏ Việt Nam", "Bằng khen của Chủ tịch UBND tỉnh",
        "Kỷ niệm chương \"Vì sự nghiệp Nhân đạo\""};
    private static final String[] EDIT_FIELDS = {"achievements", "title,achievements", "position", "field",
        "achievements,publicConsent"};

    @Override
    public String name() {
        return "nominations";
    }

    @Override
    public long baseCount() {
        return 50_000;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"nomination", "nomination_event", "nomination_replication"};
    }

    /** A timeline under construction: the events of one nomination. */
    private static final class Walk {
        final BatchInsert events;
        final long nominationId;
        long eventId;
        Timestamp last;
        int count;

        Walk(BatchInsert events, long nominationId, long eventId) {
            this.events = events;
            this.nominationId = nominationId;
            this.eventId = eventId;
        }

        void add(String action, String from, String to, String fields, String actor, Timestamp at, String comment,
                 GenContext ctx) throws java.sql.SQLException {
            events.row(eventId++, nominationId, action, from, to, fields, actor, ctx.fullNames.get(actor), at, comment);
            last = at;
            count++;
        }
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        long n = ctx.scaled(baseCount(), 100);
        Random r = ctx.random;
        long id = ctx.nextId("nomination");
        long eventId = ctx.nextId("nomination_event");
        long replicationId = ctx.nextId("nomination_replication");
        LocalDate today = ctx.today();
        List<Long> ids = new ArrayList<>((int) n);
        int[] decisionSeq = new int[3000];
        List<String> nominators = ctx.officerNames.isEmpty() ? List.of("admin") : ctx.officerNames;
        List<String> reviewers = ctx.reviewerNames.isEmpty() ? List.of("admin") : ctx.reviewerNames;
        long rows;
        try (TableInsert ins = new TableInsert(ctx.conn, "nomination", "id", "category", "nominee_type",
                "nominee_name", "gender", "birth_year", "position", "workplace", "member_count", "contact", "field",
                "movement_id", "title", "achievements", "search_folded", "public_consent", "org_unit_id", "status",
                "submitted_on", "honor_decision_number", "honor_decision_date", "honor_form", "created_by", "version",
                "created_at", "updated_at");
             BatchInsert events = new BatchInsert(ctx.conn, "nomination_event", "id", "nomination_id", "action",
                     "from_status", "to_status", "changed_fields", "actor", "actor_name", "at", "comment");
             BatchInsert replications = new BatchInsert(ctx.conn, "nomination_replication", "id", "nomination_id",
                     "adopting_org_unit_id", "adopting_unit_name", "replicated_on", "notes", "created_by",
                     "created_at")) {
            for (LocalDate day : ctx.sortedDays(n, r)) {
                GenContext.Unit branch = ctx.branchOn(day, r);
                String place = branch.name().replace("Hội Chữ thập đỏ ", "");
                String category = Vn.weighted(r, CATEGORIES, CATEGORY_WEIGHT);
                boolean individual = r.nextInt(4) > 0;
                boolean female = r.nextInt(100) < 55;
                String nominee = individual ? Vn.fullName(r, female)
                        : String.format(Vn.pick(r, GROUPS), 1 + r.nextInt(12)) + ", " + place;
                String title = individual ? Vn.pick(r, INDIVIDUAL_TITLES) : Vn.pick(r, COLLECTIVE_TITLES);
                title += " năm " + day.getYear();
                String achievements = String.format(Vn.pick(r, ACHIEVEMENTS), 3 + r.nextInt(40)) + " "
                        + String.format(Vn.pick(r, ACHIEVEMENTS), 2 + r.nextInt(20));
                Long movement = null;
                if (!ctx.movements.isEmpty() && r.nextInt(10) < 6) {
                    List<GenContext.Movement> running = ctx.movements.stream().filter(m -> m.overlaps(day, day)).toList();
                    if (!running.isEmpty()) {
                        movement = running.get(r.nextInt(running.size())).id();
                    }
                }
                String creator = nominators.get(r.nextInt(nominators.size()));
                Walk w = new Walk(events, id, eventId);
                Timestamp createdAt = ctx.officeTime(day, r);
                w.add("CREATE", null, "DRAFT", null, creator, createdAt, null, ctx);

                // the workflow, one step at a time, until a step would fall after today
                String status = "DRAFT";
                LocalDate at = day;
                LocalDate submittedOn = null;
                String decisionNumber = null;
                LocalDate decisionDate = null;
                String form = null;
                String reviewer = reviewers.get(r.nextInt(reviewers.size()));
                walk:
                while (true) {
                    int k = r.nextInt(100);
                    String action;
                    int delay;
                    switch (status) {
                        case "DRAFT" -> {
                            action = k < 93 ? "SUBMIT" : k < 96 ? "WITHDRAW" : null;
                            delay = r.nextInt(15);
                        }
                        case "SUBMITTED" -> {
                            action = k < 85 ? "START_REVIEW" : k < 92 ? "RETURN" : k < 95 ? "REJECT" : k < 96 ? "WITHDRAW" : null;
                            delay = 1 + r.nextInt(20);
                        }
                        case "UNDER_REVIEW" -> {
                            action = k < 75 ? "RECOGNIZE" : k < 85 ? "RETURN" : k < 95 ? "REJECT" : k < 96 ? "WITHDRAW" : null;
                            delay = 3 + r.nextInt(40);
                        }
                        case "RETURNED" -> {
                            action = k < 85 ? "SUBMIT" : k < 95 ? "WITHDRAW" : null;
                            delay = 2 + r.nextInt(15);
                        }
                        case "RECOGNIZED" -> {
                            action = k < 45 ? "HONOR" : null;
                            delay = 10 + r.nextInt(80);
                        }
                        case "HONORED" -> {
                            action = k < 35 ? "REPLICATE" : null;
                            delay = 30 + r.nextInt(170);
                        }
                        case "REPLICATED" -> {
                            action = k < 25 ? "REPLICATE" : null;
                            delay = 30 + r.nextInt(170);
                        }
                        default -> {
                            action = null;
                            delay = 0;
                        }
                    }
                    LocalDate next = at.plusDays(delay);
                    if (action == null || next.isAfter(today)) {
                        break walk;
                    }
                    at = next;
                    boolean nominatorStep = action.equals("SUBMIT") || action.equals("WITHDRAW");
                    String actor = nominatorStep ? creator : reviewer;
                    if (action.equals("SUBMIT") && r.nextInt(status.equals("RETURNED") ? 1 : 5) == 0) {
                        Timestamp edited = ctx.officeTime(at, r);
                        w.add("EDIT", null, null, Vn.pick(r, EDIT_FIELDS), creator, edited.before(w.last) ? w.last
                                : edited, null, ctx);
                    }
                    String to = switch (action) {
                        case "SUBMIT" -> "SUBMITTED";
                        case "WITHDRAW" -> "WITHDRAWN";
                        case "START_REVIEW" -> "UNDER_REVIEW";
                        case "RETURN" -> "RETURNED";
                        case "REJECT" -> "REJECTED";
                        case "RECOGNIZE" -> "RECOGNIZED";
                        case "HONOR" -> "HONORED";
                        default -> "REPLICATED";
                    };
                    String comment = switch (action) {
                        case "RETURN" -> Vn.pick(r, RETURN_COMMENTS);
                        case "REJECT" -> Vn.pick(r, REJECT_REASONS);
                        default -> null;
                    };
                    Timestamp when = ctx.officeTime(at, r);
                    if (when.before(w.last)) {
                        when = w.last;
                    }
                    if (action.equals("SUBMIT") && submittedOn == null) {
                        submittedOn = at;
                    }
                    if (action.equals("HONOR")) {
                        int y = at.getYear() - 2000;
                        decisionNumber = (++decisionSeq[y]) + "/QĐ-CTĐ";
                        decisionDate = at;
                        form = Vn.pick(r, HONOR_FORMS);
                    }
                    if (action.equals("REPLICATE")) {
                        GenContext.Unit adopter = ctx.branchOn(at, r);
                        replications.row(replicationId++, id, adopter.id(), adopter.name(), Date.valueOf(at),
                                "Nhân rộng " + (individual ? "gương " : "mô hình ") + nominee + " tại " + adopter.name()
                                        .replace("Hội Chữ thập đỏ ", "") + ".", reviewer, when);
                    }
                    w.add(action, status, to, null, actor, when, comment, ctx);
                    status = to;
                }
                String nomineeName = nominee;
                ins.row(id, category, individual ? "INDIVIDUAL" : "COLLECTIVE", nomineeName,
                        individual ? (female ? "FEMALE" : "MALE") : null,
                        individual ? 1950 + r.nextInt(56) : null, individual ? Vn.pick(r, POSITIONS) : null,
                        individual ? "Chi hội ấp " + (1 + r.nextInt(12)) + ", " + place : place,
                        individual ? null : 5 + r.nextInt(56), r.nextInt(3) == 0 ? Vn.phone(r) : null,
                        Vn.pick(r, FIELDS), movement, title, achievements,
                        Fold.fold(nomineeName + " | " + title + " | " + achievements), r.nextInt(10) < 6, branch.id(),
                        status, submittedOn == null ? null : Date.valueOf(submittedOn), decisionNumber,
                        decisionDate == null ? null : Date.valueOf(decisionDate), form, creator, w.count - 1, createdAt,
                        w.last);
                ids.add(id++);
                eventId = w.eventId;
            }
            rows = ins.rows() + events.rows() + replications.rows();
        }
        ctx.ids.put("nomination", ids);
        return rows;
    }
}
