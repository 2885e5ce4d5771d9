package vn.thidua.nomination;

import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.unitId;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.support.Uploads;

/** Test helpers: nominations created and walked through the API as the demo officers. */
public final class Nominations {
    public static final String BRANCH = "canbo.xa";
    public static final String REVIEWER = "canbo.tinh";

    private Nominations() {
    }

    public static String marker() {
        return "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static Map<String, Object> individual(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("category", "ADVANCED_EXAMPLE");
        m.put("nomineeType", "INDIVIDUAL");
        m.put("nomineeName", "Nguyễn Văn Thử");
        m.put("gender", "MALE");
        m.put("birthYear", 1975);
        m.put("position", "Tình nguyện viên");
        m.put("workplace", "Khu phố 2");
        m.put("contact", "0909 123 456");
        m.put("field", "Hiến máu tình nguyện");
        m.put("title", title);
        m.put("achievements", "Hiến máu 20 lần, vận động 100 người tham gia.");
        m.put("publicConsent", true);
        m.put("orgUnitId", unitId("X-TANNINH"));
        return m;
    }

    public static long create(String user, Map<String, Object> body) {
        return ((Number) as(user).body(body).post("/api/v1/nominations").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    public static long create(String title) {
        return create(BRANCH, individual(title));
    }

    public static ExtractableResponse<Response> act(String user, long id, String action, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("action", action);
        return as(user).body(body).post("/api/v1/nominations/" + id + "/transitions").then().statusCode(200).extract();
    }

    public static ExtractableResponse<Response> act(String user, long id, String action) {
        Map<String, Object> extra = new HashMap<>();
        switch (action) {
            case "RETURN" -> extra.put("comment", "Bổ sung minh chứng");
            case "REJECT" -> extra.put("comment", "Chưa đủ tiêu chuẩn");
            case "HONOR" -> extra.put("honor", Map.of("decisionNumber", "12/QĐ-CTĐ",
                    "decisionDate", LocalDate.now().minusDays(1).toString(), "form", "Giấy khen"));
            case "REPLICATE" -> extra.put("replication", Map.of("adoptingUnitName", "Trường THCS Tân Ninh",
                    "replicatedOn", LocalDate.now().toString()));
            default -> {
            }
        }
        return act(user, id, action, extra);
    }

    /** The steps from DRAFT to each status. */
    public static final Map<String, List<String[]>> PATHS = Map.of(
            "DRAFT", List.of(),
            "SUBMITTED", List.<String[]>of(new String[]{BRANCH, "SUBMIT"}),
            "UNDER_REVIEW", List.of(new String[]{BRANCH, "SUBMIT"}, new String[]{REVIEWER, "START_REVIEW"}),
            "RETURNED", List.of(new String[]{BRANCH, "SUBMIT"}, new String[]{REVIEWER, "RETURN"}),
            "RECOGNIZED", List.of(new String[]{BRANCH, "SUBMIT"}, new String[]{REVIEWER, "START_REVIEW"},
                    new String[]{REVIEWER, "RECOGNIZE"}),
            "HONORED", List.of(new String[]{BRANCH, "SUBMIT"}, new String[]{REVIEWER, "START_REVIEW"},
                    new String[]{REVIEWER, "RECOGNIZE"}, new String[]{REVIEWER, "HONOR"}),
            "REPLICATED", List.of(new String[]{BRANCH, "SUBMIT"}, new String[]{REVIEWER, "START_REVIEW"},
                    new String[]{REVIEWER, "RECOGNIZE"}, new String[]{REVIEWER, "HONOR"},
                    new String[]{REVIEWER, "REPLICATE"}),
            "REJECTED", List.of(new String[]{BRANCH, "SUBMIT"}, new String[]{REVIEWER, "REJECT"}),
            "WITHDRAWN", List.<String[]>of(new String[]{BRANCH, "WITHDRAW"}));

    public static void walkTo(long id, String status) {
        for (String[] s : PATHS.get(status)) {
            act(s[0], id, s[1]);
        }
    }

    public static long createIn(String status, String title) {
        long id = create(title);
        walkTo(id, status);
        return id;
    }

    public static long upload(String user, long nominationId, String name, byte[] bytes, String claimedType) {
        return Uploads.upload(user, "nominations", nominationId, name, bytes, claimedType);
    }
}
