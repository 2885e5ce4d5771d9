package vn.thidua.nomination;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.nomination.Nominations.BRANCH;
import static vn.thidua.nomination.Nominations.REVIEWER;
import static vn.thidua.nomination.Nominations.act;
import static vn.thidua.nomination.Nominations.create;
import static vn.thidua.nomination.Nominations.createIn;
import static vn.thidua.nomination.Nominations.individual;
import static vn.thidua.nomination.Nominations.marker;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A nomination's life from draft to replication, its rules, its history, and every forbidden step. */
@QuarkusTest
class NominationWorkflowTest {
    static final List<String> ACTIONS = List.of("SUBMIT", "START_REVIEW", "RETURN", "RECOGNIZE", "HONOR", "REPLICATE",
            "REJECT", "WITHDRAW");
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "RETURNED", "RECOGNIZED",
            "HONORED", "REPLICATED", "REJECTED", "WITHDRAWN");
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("BRANCH_OFFICER", BRANCH);
        USERS.put("PROVINCIAL_OFFICER", REVIEWER);
        USERS.put("LEADER", "lanhdao");
        USERS.put("ADMIN", "admin");
    }

    /** What each role may do from each status: written out here, independently of the code under test. */
    static Set<String> expectedAllowed(String role, String status) {
        if (role.equals("BRANCH_OFFICER")) {
            return switch (status) {
                case "DRAFT", "RETURNED" -> Set.of("SUBMIT", "WITHDRAW");
                case "SUBMITTED", "UNDER_REVIEW" -> Set.of("WITHDRAW");
                default -> Set.of();
            };
        }
        if (role.equals("PROVINCIAL_OFFICER")) {
            return switch (status) {
                case "DRAFT", "RETURNED" -> Set.of("SUBMIT", "WITHDRAW");
                case "SUBMITTED" -> Set.of("START_REVIEW", "RETURN", "REJECT", "WITHDRAW");
                case "UNDER_REVIEW" -> Set.of("RETURN", "RECOGNIZE", "REJECT", "WITHDRAW");
                case "RECOGNIZED" -> Set.of("HONOR");
                case "HONORED", "REPLICATED" -> Set.of("REPLICATE");
                default -> Set.of();
            };
        }
        return Set.of();
    }

    static boolean roleNever(String role, String action) {
        return switch (role) {
            case "BRANCH_OFFICER" -> !Set.of("SUBMIT", "WITHDRAW").contains(action);
            case "PROVINCIAL_OFFICER" -> false;
            default -> true;
        };
    }

    @Test
    void theWholeLifeFromDraftToReplication() {
        String m = marker();
        Map<String, Object> body = individual("Gương hiến máu " + m);
        Map<String, Object> created = as(BRANCH).body(body).post("/api/v1/nominations").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("editable", equalTo(true))
                .body("allowedActions", containsInAnyOrder("SUBMIT", "WITHDRAW"))
                .body("orgUnitName", equalTo("Hội Chữ thập đỏ phường Tân Ninh")).body("createdBy", equalTo(BRANCH))
                .extract().path("$");
        long id = ((Number) created.get("id")).longValue();

        // edits need the ETag: missing 428, stale 412
        body.put("achievements", "Hiến máu 25 lần; vận động 120 người.");
        raw(BRANCH).contentType(ContentType.JSON).body(body).put("/api/v1/nominations/" + id).then().statusCode(428);
        raw(BRANCH).contentType(ContentType.JSON).header("If-Match", "\"99\"").body(body).put("/api/v1/nominations/" + id)
                .then().statusCode(412);
        String etag = as(BRANCH).get("/api/v1/nominations/" + id).then().extract().header("ETag");
        as(BRANCH).header("If-Match", etag).body(body).put("/api/v1/nominations/" + id).then().statusCode(200)
                .body("achievements", equalTo("Hiến máu 25 lần; vận động 120 người."));

        act(BRANCH, id, "SUBMIT");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        as(BRANCH).get("/api/v1/nominations/" + id).then().body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo(today)).body("editable", equalTo(false))
                .body("allowedActions", containsInAnyOrder("WITHDRAW"));
        // the branch may no longer edit
        String etag2 = as(BRANCH).get("/api/v1/nominations/" + id).then().extract().header("ETag");
        raw(BRANCH).contentType(ContentType.JSON).header("If-Match", etag2).body(body).put("/api/v1/nominations/" + id)
                .then().statusCode(409);

        as(REVIEWER).get("/api/v1/nominations/" + id).then()
                .body("allowedActions", containsInAnyOrder("START_REVIEW", "RETURN", "REJECT", "WITHDRAW"));
        act(REVIEWER, id, "START_REVIEW");
        // returning needs a comment
        raw(REVIEWER).contentType(ContentType.JSON).body(Map.of("action", "RETURN"))
                .post("/api/v1/nominations/" + id + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        act(REVIEWER, id, "RETURN", Map.of("comment", "Bổ sung ảnh minh chứng"));

        // back with the branch: edit and resubmit (the first submission day stays)
        String etag3 = as(BRANCH).get("/api/v1/nominations/" + id).then().body("status", equalTo("RETURNED"))
                .body("editable", equalTo(true)).extract().header("ETag");
        body.put("title", "Gương hiến máu tiêu biểu " + m);
        as(BRANCH).header("If-Match", etag3).body(body).put("/api/v1/nominations/" + id).then().statusCode(200);
        act(BRANCH, id, "SUBMIT");
        act(REVIEWER, id, "START_REVIEW");
        act(REVIEWER, id, "RECOGNIZE");

        // honouring needs the decision number, date and form
        raw(REVIEWER).contentType(ContentType.JSON).body(Map.of("action", "HONOR", "honor", Map.of()))
                .post("/api/v1/nominations/" + id + "/transitions").then().statusCode(400)
                .body("errors.field", hasItems("honor.decisionNumber", "honor.decisionDate", "honor.form"));
        act(REVIEWER, id, "HONOR", Map.of("honor", Map.of("decisionNumber", "45/QĐ-CTĐ", "decisionDate",
                LocalDate.now().minusDays(3).toString(), "form", "Bằng khen")))
                .response().then().body("status", equalTo("HONORED")).body("honor.decisionNumber", equalTo("45/QĐ-CTĐ"))
                .body("honor.form", equalTo("Bằng khen"));

        // replication: with one of our units (named from the tree) and with any unit; repeatable
        raw(REVIEWER).contentType(ContentType.JSON).body(Map.of("action", "REPLICATE", "replication", Map.of()))
                .post("/api/v1/nominations/" + id + "/transitions").then().statusCode(400)
                .body("errors.field", hasItems("replication.adoptingUnitName", "replication.replicatedOn"));
        act(REVIEWER, id, "REPLICATE", Map.of("replication", Map.of("adoptingOrgUnitId", unitId("X-LONGHOA"),
                "replicatedOn", LocalDate.now().minusDays(1).toString(), "notes", "Áp dụng tại 3 khu phố")));
        act(REVIEWER, id, "REPLICATE", Map.of("replication", Map.of("adoptingUnitName", "Trường THPT Tây Ninh",
                "replicatedOn", LocalDate.now().toString())));
        as(BRANCH).get("/api/v1/nominations/" + id + "/replications").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].adoptingUnitName", equalTo("Hội Chữ thập đỏ phường Long Hoa"))
                .body("items[1].adoptingUnitName", equalTo("Trường THPT Tây Ninh"));
        as(BRANCH).get("/api/v1/nominations/" + id).then().body("status", equalTo("REPLICATED"))
                .body("submittedOn", equalTo(today)).body("allowedActions", empty());

        // one timeline: every step with actor, from, to, comment, and the edits with their fields
        List<Map<String, Object>> h = as(BRANCH).get("/api/v1/nominations/" + id + "/history").then().statusCode(200)
                .extract().path("items");
        List<String> actions = h.stream().map(e -> (String) e.get("action")).toList();
        assertEquals(List.of("CREATE", "EDIT", "SUBMIT", "START_REVIEW", "RETURN", "EDIT", "SUBMIT", "START_REVIEW",
                "RECOGNIZE", "HONOR", "REPLICATE", "REPLICATE"), actions);
        Map<String, Object> ret = h.get(4);
        assertEquals("canbo.tinh", ret.get("actor"));
        assertEquals("Nguyễn Thị Thu Hà", ret.get("actorName"));
        assertEquals("UNDER_REVIEW", ret.get("fromStatus"));
        assertEquals("RETURNED", ret.get("toStatus"));
        assertEquals("Bổ sung ảnh minh chứng", ret.get("comment"));
        assertEquals(List.of("achievements"), h.get(1).get("changedFields"));
        assertEquals(List.of("title"), h.get(5).get("changedFields"));
        assertEquals("EDIT", h.get(5).get("kind"));
    }

    @Test
    void everyForbiddenStepIsRefusedAndChangesNothing() {
        String m = marker();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String s : STATUSES) {
            byStatus.put(s, createIn(s, "Bảng chuyển trạng thái " + s + " " + m));
        }
        List<String> failures = new ArrayList<>();
        for (var u : USERS.entrySet()) {
            String role = u.getKey();
            String user = u.getValue();
            for (String status : STATUSES) {
                long id = byStatus.get(status);
                Set<String> allowed = expectedAllowed(role, status);
                List<String> shown = as(user).get("/api/v1/nominations/" + id).then().statusCode(200).extract()
                        .path("allowedActions");
                if (!Set.copyOf(shown).equals(allowed)) {
                    failures.add(role + " " + status + " shows " + shown);
                }
                for (String action : ACTIONS) {
                    if (allowed.contains(action)) {
                        continue; // the allowed steps are taken in the lifecycle tests
                    }
                    var r = raw(user).contentType(ContentType.JSON).body(Map.of("action", action))
                            .post("/api/v1/nominations/" + id + "/transitions").then().extract();
                    int expected = roleNever(role, action) ? 403 : 409;
                    if (r.statusCode() != expected) {
                        failures.add(role + " " + action + " from " + status + ": " + r.statusCode());
                    } else if (expected == 409) {
                        List<String> named = r.path("allowedActions");
                        if (!Set.copyOf(named).equals(allowed)) {
                            failures.add(role + " " + action + " from " + status + " names " + named);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        for (String s : STATUSES) {
            as(REVIEWER).get("/api/v1/nominations/" + byStatus.get(s)).then().body("status", equalTo(s));
        }
    }

    @Test
    void leadersAndAdministratorsReadButNeverWrite() {
        long id = create("Chỉ đọc " + marker());
        as("lanhdao").get("/api/v1/nominations/" + id).then().statusCode(200).body("editable", equalTo(false))
                .body("allowedActions", empty());
        for (String user : List.of("lanhdao", "admin")) {
            raw(user).contentType(ContentType.JSON).body(individual("Không được tạo")).post("/api/v1/nominations")
                    .then().statusCode(403);
            String etag = as(user).get("/api/v1/nominations/" + id).then().extract().header("ETag");
            raw(user).contentType(ContentType.JSON).header("If-Match", etag).body(individual("x"))
                    .put("/api/v1/nominations/" + id).then().statusCode(403);
        }
    }

    @Test
    void aProvincialOfficerNominatesToo() {
        Map<String, Object> b = individual("Cán bộ tỉnh đề xuất " + marker());
        b.put("orgUnitId", unitId("TNH-CTXH"));
        long id = create(REVIEWER, b);
        act(REVIEWER, id, "SUBMIT");
        act(REVIEWER, id, "START_REVIEW");
        // a branch officer of another unit does not see it
        raw(BRANCH).get("/api/v1/nominations/" + id).then().statusCode(404);
    }

    @Test
    void fieldsAreCheckedByNomineeTypeAndNothingHalfWritten() {
        String m = marker();
        Map<String, Object> coll = individual("Tập thể sai " + m);
        coll.put("nomineeType", "COLLECTIVE");
        raw(BRANCH).contentType(ContentType.JSON).body(coll).post("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", hasItems("gender", "birthYear", "memberCount"));
        Map<String, Object> ind = individual("Cá nhân sai " + m);
        ind.put("memberCount", 12);
        ind.put("birthYear", LocalDate.now().getYear() + 1);
        raw(BRANCH).contentType(ContentType.JSON).body(ind).post("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", hasItems("memberCount", "birthYear"));
        Map<String, Object> other = individual("Đơn vị khác " + m);
        other.put("orgUnitId", unitId("X-LONGHOA"));
        raw(BRANCH).contentType(ContentType.JSON).body(other).post("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));
        Map<String, Object> noMovement = individual("Phong trào không có " + m);
        noMovement.put("movementId", 99999999);
        raw(BRANCH).contentType(ContentType.JSON).body(noMovement).post("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", hasItem("movementId"));
        Map<String, Object> missing = new HashMap<>(individual("x"));
        missing.remove("title");
        missing.put("category", "SOMETHING");
        raw(BRANCH).contentType(ContentType.JSON).body(missing).post("/api/v1/nominations").then().statusCode(400);
        Map<String, Object> unknown = individual("Trường lạ " + m);
        unknown.put("salary", 1);
        raw(BRANCH).contentType(ContentType.JSON).body(unknown).post("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", hasItem("salary"));
        as(BRANCH).queryParam("q", m).get("/api/v1/nominations").then().body("totalItems", equalTo(0));

        // a valid collective: gender and birth year never stored
        Map<String, Object> ok = individual("Tập thể đúng " + m);
        ok.put("nomineeType", "COLLECTIVE");
        ok.put("nomineeName", "Tổ thiện nguyện khu phố 3");
        ok.remove("gender");
        ok.remove("birthYear");
        ok.put("memberCount", 18);
        as(BRANCH).body(ok).post("/api/v1/nominations").then().statusCode(201).body("memberCount", equalTo(18))
                .body("gender", nullValue()).body("birthYear", nullValue());
    }

    @Test
    void theQueueFiltersSearchesWithoutDiacriticsAndCounts() {
        String m = marker();
        Map<String, Object> a = individual("Bà Đường Thị Xuân " + m);
        a.put("category", "GOOD_DEED");
        long draft = create(BRANCH, a);
        long submitted = createIn("SUBMITTED", "Mô hình nước sạch " + m);
        long review = createIn("UNDER_REVIEW", "Nhân tố mới " + m);

        as(REVIEWER).queryParam("q", "duong thi XUAN " + m.toLowerCase()).get("/api/v1/nominations").then()
                .body("items.id", equalTo(List.of((int) draft)));
        as(REVIEWER).queryParam("q", m).queryParam("status", "SUBMITTED").queryParam("status", "UNDER_REVIEW")
                .queryParam("sort", "id,asc").get("/api/v1/nominations").then()
                .body("items.id", equalTo(List.of((int) submitted, (int) review)));
        as(REVIEWER).queryParam("q", m).queryParam("category", "GOOD_DEED").get("/api/v1/nominations").then()
                .body("totalItems", equalTo(1));
        as(REVIEWER).queryParam("q", m).queryParam("orgUnitId", unitId("X-TANNINH")).get("/api/v1/nominations").then()
                .body("totalItems", equalTo(3)).body("items[0].orgUnitName", equalTo("Hội Chữ thập đỏ phường Tân Ninh"));
        as(REVIEWER).queryParam("q", m).queryParam("orgUnitId", unitId("X-LONGHOA")).get("/api/v1/nominations").then()
                .body("totalItems", equalTo(0));

        // periods filter on the submission day; a draft has none
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.isAfter(LocalDate.of(today.getYear(), 12, 14)) ? today.getYear() + 1 : today.getYear();
        as(REVIEWER).queryParam("q", m).queryParam("period", String.valueOf(year)).get("/api/v1/nominations").then()
                .body("items.id", not(hasItem((int) draft))).body("totalItems", equalTo(2));
        as(REVIEWER).queryParam("q", m).queryParam("period", "2021").get("/api/v1/nominations").then()
                .body("totalItems", equalTo(0));
        raw(REVIEWER).queryParam("period", "2021S3").get("/api/v1/nominations").then().statusCode(400)
                .body("errors.field", hasItem("period"));

        Map<String, Object> counts = as(REVIEWER).queryParam("q", m).get("/api/v1/nominations/counts").then()
                .statusCode(200).extract().path("$");
        assertEquals(1, counts.get("DRAFT"));
        assertEquals(1, counts.get("SUBMITTED"));
        assertEquals(1, counts.get("UNDER_REVIEW"));
        assertEquals(0, counts.get("HONORED"));
        // the branch next door counts nothing of it
        Map<String, Object> other = as("canbo.xa2").queryParam("q", m).get("/api/v1/nominations/counts").then()
                .extract().path("$");
        assertEquals(0, other.get("DRAFT"));
    }

    @Test
    void aStaleStepLosesAgainstAConcurrentOne() {
        long id = createIn("SUBMITTED", "Đồng thời " + marker());
        String etag = as(REVIEWER).get("/api/v1/nominations/" + id).then().extract().header("ETag");
        as(REVIEWER).header("If-Match", etag).body(Map.of("action", "START_REVIEW"))
                .post("/api/v1/nominations/" + id + "/transitions").then().statusCode(200);
        // a second reviewer acting on what they read before: refused, nothing changed twice
        raw(REVIEWER).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("action", "RETURN", "comment", "x")).post("/api/v1/nominations/" + id + "/transitions")
                .then().statusCode(412);
        raw(REVIEWER).contentType(ContentType.JSON).body(Map.of("action", "START_REVIEW"))
                .post("/api/v1/nominations/" + id + "/transitions").then().statusCode(409)
                .body("allowedActions", hasItems("RECOGNIZE", "RETURN"));
    }
}
