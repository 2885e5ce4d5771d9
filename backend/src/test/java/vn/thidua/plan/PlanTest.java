package vn.thidua.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.Movements;

/** Plans: the seed plan, drafting, issuing with Decree 30 numbers (also under concurrency), read-only once issued. */
@QuarkusTest
class PlanTest {
    static Map<String, Object> plan(long unitId, int year, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("issuingOrgUnitId", unitId);
        m.put("year", year);
        m.put("title", title);
        m.put("legalBases", List.of(Map.of("number", "565/CT-UBND", "date", "2021-03-01", "issuer",
                "UBND tỉnh Tây Ninh", "title", "Kế hoạch tuyên truyền năm 2021")));
        m.put("purposes", "- Mục đích một");
        m.put("contents", "- Nội dung một");
        m.put("forms", "- Hình thức một");
        m.put("recipients", List.of("Ban TĐKT tỉnh;", "Lưu: VT, TĐKT."));
        m.put("signerName", "Thái Duy Thanh");
        m.put("signerTitle", "Phó Chủ tịch");
        m.put("signerPrefix", "KT. Chủ tịch");
        m.put("movementIds", List.of());
        return m;
    }

    static int create(Map<String, Object> body) {
        return as("canbo.tinh").body(body).post("/api/v1/plans").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("number", nullValue()).extract().path("id");
    }

    static ExtractableResponse<Response> issue(int id, String on) {
        Map<String, Object> t = new HashMap<>();
        t.put("action", "ISSUE");
        if (on != null) {
            t.put("issuedOn", on);
        }
        return as("canbo.tinh").body(t).post("/api/v1/plans/" + id + "/transitions").then().extract();
    }

    /** A fresh department of the province, so that its sequences start from nothing. */
    static long freshUnit() {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Number id = as("admin").body(Map.of("code", code, "name", "Ban thử đánh số " + code, "level", "DEPARTMENT",
                "parentId", unitId("TNH"), "validFrom", "2015-01-01")).post("/api/v1/org-units").then()
                .statusCode(201).extract().path("id");
        return id.longValue();
    }

    @Test
    void theSeedPlanIsHeldFaithfullyAndNumbered01ForTheProvinceIn2021() {
        List<Map<String, Object>> items = as("canbo.xa").queryParam("year", 2021).queryParam("q", "tuyen truyen")
                .get("/api/v1/plans").then().statusCode(200).extract().path("items");
        Map<String, Object> seed = items.stream().filter(p -> "01/KH-CTĐ".equals(p.get("number"))).findFirst()
                .orElseThrow();
        int id = (Integer) seed.get("id");
        as("canbo.xa").get("/api/v1/plans/" + id).then().statusCode(200)
                .body("title", equalTo("Tuyên truyền các phong trào thi đua yêu nước, gương điển hình tiên tiến, "
                        + "mô hình mới, nhân tố mới năm 2021"))
                .body("issuedOn", equalTo("2021-03-15")).body("status", equalTo("ISSUED"))
                .body("issuingOrgUnitName", equalTo("Hội Chữ thập đỏ tỉnh Tây Ninh"))
                .body("legalBases.number", contains("565/CT-UBND", "310/KH-UBND", "44/2020/QĐ-UBND", "05-CT/TW"))
                .body("legalBases[0].date", equalTo("2021-03-01")).body("legalBases[3].issuer", equalTo("Bộ Chính trị"))
                .body("recipients", contains("Ban TĐKT tỉnh;", "TT Tỉnh Hội;", "Các phòng, ban Tỉnh Hội;",
                        "Trang tin điện tử Tỉnh Hội;", "Lưu: VT, TĐKT."))
                .body("signerName", equalTo("Thái Duy Thanh")).body("signerTitle", equalTo("Phó Chủ tịch"))
                .body("signerPrefix", equalTo("KT. Chủ tịch"))
                .body("purposes", startsWith("- Tuyên truyền sâu rộng đến cán bộ, đảng viên"))
                .body("forms", startsWith("- Tuyên truyền trên các phương tiện thông tin đại chúng"))
                .body("movements", hasSize(11))
                .body("movements.code", hasItem("PT-BAUCU2021")).body("movements.code", hasItem("PT-DONVI"))
                .body("allowedActions", hasSize(0));
        // an issued plan is read-only
        String etag = as("canbo.tinh").get("/api/v1/plans/" + id).then().extract().header("ETag");
        raw("canbo.tinh").header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan(unitId("TNH"), 2021, "Sửa kế hoạch đã ban hành")).put("/api/v1/plans/" + id).then()
                .statusCode(409);
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "ISSUE"))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(409)
                .body("allowedActions", hasSize(0));
        as("canbo.tinh").queryParam("movementId", Movements.idOf("PT-NTM")).get("/api/v1/plans").then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void draftEditIssueWorkflowWithRolesAndVisibility() {
        long movement = Movements.idOf("PT-NTM");
        Map<String, Object> body = plan(unitId("TNH"), 2026, "Kế hoạch tuyên truyền thi đua năm 2026");
        raw("canbo.xa").contentType(ContentType.JSON).body(body).post("/api/v1/plans").then().statusCode(403);
        raw("lanhdao").contentType(ContentType.JSON).body(body).post("/api/v1/plans").then().statusCode(403);
        int id = create(body);
        as("canbo.tinh").get("/api/v1/plans/" + id).then().statusCode(200).body("allowedActions", contains("ISSUE"));
        // drafts are the province's business: branch officers do not see them, the leader does
        raw("canbo.xa").get("/api/v1/plans/" + id).then().statusCode(404);
        as("canbo.xa").queryParam("size", 100).get("/api/v1/plans").then().body("items.id", not(hasItem(id)));
        as("lanhdao").get("/api/v1/plans/" + id).then().statusCode(200).body("allowedActions", hasSize(0));

        String etag = as("canbo.tinh").get("/api/v1/plans/" + id).then().extract().header("ETag");
        body.put("movementIds", List.of(movement));
        body.put("legalBases", List.of(
                Map.of("number", "565/CT-UBND", "date", "2021-03-01", "issuer", "UBND tỉnh Tây Ninh"),
                Map.of("number", "05-CT/TW", "date", "2016-05-15", "issuer", "Bộ Chính trị")));
        raw("canbo.tinh").contentType(ContentType.JSON).body(body).put("/api/v1/plans/" + id).then().statusCode(428);
        raw("canbo.xa").header("If-Match", etag).contentType(ContentType.JSON).body(body).put("/api/v1/plans/" + id)
                .then().statusCode(403);
        as("canbo.tinh").header("If-Match", etag).body(body).put("/api/v1/plans/" + id).then().statusCode(200)
                .body("legalBases.number", contains("565/CT-UBND", "05-CT/TW"))
                .body("movements[0].name", equalTo("Tây Ninh chung sức xây dựng nông thôn mới"));
        raw("canbo.tinh").header("If-Match", etag).contentType(ContentType.JSON).body(body).put("/api/v1/plans/" + id)
                .then().statusCode(412);

        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "ISSUE"))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(403);
        raw("lanhdao").contentType(ContentType.JSON).body(Map.of("action", "ISSUE"))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(403);
        ExtractableResponse<Response> issued = issue(id, null);
        assertEquals(200, issued.statusCode());
        assertEquals(LocalDate.now().toString(), issued.path("issuedOn"));
        org.hamcrest.MatcherAssert.assertThat(issued.path("number"), matchesPattern("\\d{2,}/KH-CTĐ"));
        // now the branches read it, and nobody edits it
        as("canbo.xa").get("/api/v1/plans/" + id).then().statusCode(200).body("status", equalTo("ISSUED"));
        String etag2 = as("canbo.tinh").get("/api/v1/plans/" + id).then().extract().header("ETag");
        raw("canbo.tinh").header("If-Match", etag2).contentType(ContentType.JSON).body(body)
                .put("/api/v1/plans/" + id).then().statusCode(409);
    }

    @Test
    void aBranchReadsThePlansAboveItAndOfItsSubtreeButNotAnotherBranchs() {
        int id = create(plan(unitId("X-LONGHOA"), 2026, "Kế hoạch của Hội Chữ thập đỏ phường Long Hoa"));
        assertEquals(200, issue(id, null).statusCode());
        as("canbo.xa2").get("/api/v1/plans/" + id).then().statusCode(200);
        raw("canbo.xa").get("/api/v1/plans/" + id).then().statusCode(404);
        as("canbo.xa").queryParam("size", 100).get("/api/v1/plans").then().body("items.id", not(hasItem(id)));
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "ISSUE"))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(403);
    }

    @Test
    void badInputsAreRefusedAndLeaveTheDraftAsItWas() {
        long root = unitId("TNH");
        Map<String, Object> noTitle = plan(root, 2026, " ");
        raw("canbo.tinh").contentType(ContentType.JSON).body(noTitle).post("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        Map<String, Object> badBasis = plan(root, 2026, "Căn cứ thiếu số");
        badBasis.put("legalBases", List.of(Map.of("issuer", "UBND tỉnh")));
        raw("canbo.tinh").contentType(ContentType.JSON).body(badBasis).post("/api/v1/plans").then().statusCode(400)
                .body("errors.field", hasItem("legalBases[0].number"));
        Map<String, Object> badMovement = plan(root, 2026, "Phong trào không có");
        badMovement.put("movementIds", List.of(999999999));
        raw("canbo.tinh").contentType(ContentType.JSON).body(badMovement).post("/api/v1/plans").then()
                .statusCode(400).body("errors.field", hasItem("movementIds"));
        raw("canbo.tinh").contentType(ContentType.JSON).body(plan(unitId("X-TANNINH"), 1800, "Năm sai"))
                .post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("year"));
        raw("canbo.tinh").contentType(ContentType.JSON).body(plan(999999999L, 2026, "Đơn vị không có"))
                .post("/api/v1/plans").then().statusCode(400).body("errors.field", hasItem("issuingOrgUnitId"));

        Map<String, Object> unsigned = plan(root, 2026, "Chưa có người ký");
        unsigned.remove("signerName");
        int id = create(unsigned);
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "ISSUE"))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("signerName"));
        raw("canbo.tinh").contentType(ContentType.JSON)
                .body(Map.of("action", "ISSUE", "issuedOn", LocalDate.now().plusDays(1).toString()))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("issuedOn"));
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "PUBLISH"))
                .post("/api/v1/plans/" + id + "/transitions").then().statusCode(409)
                .body("allowedActions", contains("ISSUE"));
        as("canbo.tinh").get("/api/v1/plans/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("number", nullValue()).body("issuedOn", nullValue());
    }

    @Test
    void tenConcurrentIssuesInOneYearGetNumbers01To10AndANewYearRestartsAt01() throws Exception {
        long unit = freshUnit();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(create(plan(unit, 2019, "Kế hoạch số " + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> results = new ArrayList<>();
        for (int id : ids) {
            Callable<ExtractableResponse<Response>> c = () -> {
                start.await();
                return issue(id, "2019-06-01");
            };
            results.add(pool.submit(c));
        }
        start.countDown();
        TreeSet<String> numbers = new TreeSet<>();
        for (Future<ExtractableResponse<Response>> f : results) {
            ExtractableResponse<Response> r = f.get();
            assertEquals(200, r.statusCode(), r.asString());
            numbers.add(r.path("number"));
        }
        pool.shutdown();
        assertEquals(new TreeSet<>(List.of("01/KH-CTĐ", "02/KH-CTĐ", "03/KH-CTĐ", "04/KH-CTĐ", "05/KH-CTĐ",
                "06/KH-CTĐ", "07/KH-CTĐ", "08/KH-CTĐ", "09/KH-CTĐ", "10/KH-CTĐ")), numbers);

        // the next year starts again at 01, and the old year goes on at 11
        int next = create(plan(unit, 2020, "Kế hoạch năm sau"));
        assertEquals("01/KH-CTĐ", issue(next, "2020-01-10").path("number"));
        int late = create(plan(unit, 2019, "Kế hoạch cuối năm"));
        assertEquals("11/KH-CTĐ", issue(late, "2019-12-30").path("number"));
        // the same plan issued twice at once gets one number
        int twice = create(plan(unit, 2020, "Bấm ban hành hai lần"));
        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<ExtractableResponse<Response>> a = two.submit(() -> {
            go.await();
            return issue(twice, "2020-02-01");
        });
        Future<ExtractableResponse<Response>> b = two.submit(() -> {
            go.await();
            return issue(twice, "2020-02-01");
        });
        go.countDown();
        List<Integer> codes = new ArrayList<>(List.of(a.get().statusCode(), b.get().statusCode()));
        two.shutdown();
        codes.sort(null);
        assertEquals(List.of(200, 409), codes);
        assertEquals("02/KH-CTĐ", as("canbo.tinh").get("/api/v1/plans/" + twice).then().extract().path("number"));
        int after = create(plan(unit, 2020, "Kế hoạch tiếp theo"));
        assertEquals("03/KH-CTĐ", issue(after, "2020-03-01").path("number"), "no number is lost or reused");
    }
}
