package vn.thidua.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.rawAnon;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The API rules every feature shares: problems, languages, paging, ETags, idempotency, audit, folding. */
@QuarkusTest
class SharedRulesTest {
    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> unit(String code, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("level", "COMMUNE");
        m.put("parentId", unitId("TNH"));
        m.put("validFrom", "2025-07-01");
        return m;
    }

    static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static long unitCount() {
        return ((Number) as("admin").get("/api/v1/org-units?size=1").then().statusCode(200).extract()
                .path("totalItems")).longValue();
    }

    @Test
    void unknownPathIsAProblem() {
        raw("admin").get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void wrongMethodIs405() {
        raw("admin").delete("/api/v1/me").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void unacceptableFormatIs406() {
        raw("admin").accept("application/xml").get("/api/v1/me").then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIs415() {
        raw("admin").contentType(ContentType.TEXT).body("code=x").post("/api/v1/org-units").then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void malformedJsonIs400AndCreatesNothing() {
        long before = unitCount();
        raw("admin").contentType(ContentType.JSON).body("{\"code\": \"X1\", ").post("/api/v1/org-units").then()
                .statusCode(400).contentType(PROBLEM).body("type", containsString("malformed-json"));
        assertEquals(before, unitCount());
    }

    @Test
    void unknownFieldIsNamed() {
        Map<String, Object> body = unit(code(), "Đơn vị thử");
        body.put("colour", "red");
        raw("admin").contentType(ContentType.JSON).body(body).post("/api/v1/org-units").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("colour"));
    }

    @Test
    void wrongTypesAreNamedNotCoerced() {
        Map<String, Object> body = unit(code(), "Đơn vị thử");
        body.put("parentId", "abc");
        raw("admin").contentType(ContentType.JSON).body(body).post("/api/v1/org-units").then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
        Map<String, Object> numberAsText = unit(code(), "x");
        numberAsText.put("name", 123);
        raw("admin").contentType(ContentType.JSON).body(numberAsText).post("/api/v1/org-units").then()
                .statusCode(400).body("errors.field", hasItem("name"));
        Map<String, Object> badDate = unit(code(), "x");
        badDate.put("validFrom", "2021-02-30");
        raw("admin").contentType(ContentType.JSON).body(badDate).post("/api/v1/org-units").then().statusCode(400)
                .body("errors.field", hasItem("validFrom"));
        raw("admin").get("/api/v1/org-units?page=abc").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void validationNamesFieldsInVietnameseOrEnglish() {
        Map<String, Object> body = unit("", "");
        body.put("validTo", "2020-01-01");
        raw("admin").contentType(ContentType.JSON).body(body).post("/api/v1/org-units").then().statusCode(400)
                .contentType(PROBLEM).body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"))
                .body("errors.message", hasItem("Không được để trống"));
        raw("admin").header("Accept-Language", "en-US,en;q=0.8").contentType(ContentType.JSON).body(body)
                .post("/api/v1/org-units").then().statusCode(400).body("title", equalTo("Invalid data"))
                .body("errors.message", hasItem("Required"));
        Map<String, Object> endBeforeStart = unit(code(), "Ngày sai");
        endBeforeStart.put("validTo", "2020-01-01");
        raw("admin").contentType(ContentType.JSON).body(endBeforeStart).post("/api/v1/org-units").then()
                .statusCode(400).body("errors.field", hasItem("validTo"));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String big = "{\"name\":\"" + "a".repeat(1_100_000) + "\"}";
        raw("admin").contentType(ContentType.JSON).body(big).post("/api/v1/org-units").then().statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void unexpectedErrorsHideInternals() {
        rawAnon().get("/api/v1/test-boom").then().statusCode(500).contentType(PROBLEM)
                .body(not(containsString("vn.thidua"))).body(not(containsString("Exception")))
                .body(not(containsString("line 42"))).body("title", equalTo("Lỗi hệ thống"));
    }

    @Test
    void aSaturatedDatabaseIs503WithRetryAfterNot500() {
        rawAnon().get("/api/v1/test-boom/pool").then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "5").body("title", equalTo("Hệ thống đang quá tải"))
                .body(not(containsString("acquisition")));
    }

    @Test
    void pagingEnvelopeAndMaximum() {
        as("admin").get("/api/v1/org-units?page=0&size=5&sort=code,desc").then().statusCode(200)
                .body("items", hasSize(5)).body("page", equalTo(0)).body("size", equalTo(5))
                .body("totalItems", notNullValue());
        raw("admin").get("/api/v1/org-units?size=101").then().statusCode(400).body("errors.field", hasItem("size"));
        raw("admin").get("/api/v1/org-units?sort=passwordHash,asc").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        for (String empty : List.of(",", "code,", ",asc")) {
            raw("admin").get("/api/v1/org-units?sort=" + empty).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("sort"));
        }
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            all.addAll(as("admin").get("/api/v1/org-units?page=" + p + "&size=7&sort=level,asc").then()
                    .extract().path("items.id"));
        }
        assertEquals(all.size(), Set.copyOf(all).size(), "pages must not overlap");
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String c = code();
        int id = as("admin").body(unit(c, "Hội Chữ thập đỏ thử ETag")).post("/api/v1/org-units").then()
                .statusCode(201).header("ETag", notNullValue()).header("Location", containsString("/api/v1/org-units/"))
                .extract().path("id");
        String etag = as("admin").get("/api/v1/org-units/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = unit(c, "Tên mới");
        raw("admin").contentType(ContentType.JSON).body(change).put("/api/v1/org-units/" + id).then().statusCode(428)
                .contentType(PROBLEM);
        as("admin").header("If-Match", etag).body(change).put("/api/v1/org-units/" + id).then().statusCode(200)
                .body("name", equalTo("Tên mới")).body("version", equalTo(1));
        Map<String, Object> lost = unit(c, "Bản ghi đè");
        raw("admin").header("If-Match", etag).contentType(ContentType.JSON).body(lost).put("/api/v1/org-units/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        as("admin").get("/api/v1/org-units/" + id).then().body("name", equalTo("Tên mới"));
    }

    @Test
    void idempotencyKeyReplaysAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = unit(code(), "Hội Chữ thập đỏ thử lặp lại");
        int first = as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/org-units").then()
                .statusCode(201).extract().path("id");
        long count = unitCount();
        int again = as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/org-units").then()
                .statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(count, unitCount());
        raw("admin").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(unit(code(), "Nội dung khác")).post("/api/v1/org-units").then().statusCode(422)
                .contentType(PROBLEM);
        assertEquals(count, unitCount());
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = unit(code(), "Hội Chữ thập đỏ thử đồng thời");
        String token = vn.thidua.support.Api.token("admin");
        long before = unitCount();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit((Callable<Integer>) () -> {
                start.await();
                var r = vn.thidua.support.Api.anon().header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key).body(body).post("/api/v1/org-units");
                statuses.add(r.statusCode());
                return r.statusCode() == 201 ? r.path("id") : -1;
            }));
        }
        start.countDown();
        Set<Integer> ids = new java.util.HashSet<>();
        for (Future<Integer> f : results) {
            ids.add(f.get());
        }
        pool.shutdown();
        assertEquals(Set.of(201), statuses);
        assertEquals(1, ids.size());
        assertEquals(before + 1, unitCount());
    }

    @Test
    void auditLogRecordsChangesForAdminsOnly() {
        int id = as("admin").body(unit(code(), "Hội Chữ thập đỏ thử nhật ký")).post("/api/v1/org-units").then()
                .statusCode(201).extract().path("id");
        as("admin").get("/api/v1/audit-events?entityType=org-unit&entityId=" + id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo("admin")).body("items[0].after.name", equalTo("Hội Chữ thập đỏ thử nhật ký"));
        raw("canbo.tinh").get("/api/v1/audit-events").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        for (String q : List.of("tay ninh", "TÂY NINH", "Tây Ninh")) {
            as("admin").queryParam("q", q).get("/api/v1/org-units?size=100").then().statusCode(200)
                    .body("items.code", hasItem("TNH")).body("items.code", hasItem("H-TPTN"));
        }
        as("admin").queryParam("q", "duong").get("/api/v1/users").then().statusCode(200)
                .body("items.username", hasItem("canbo.xa"));
        as("admin").queryParam("q", "đức hoa").get("/api/v1/org-units").then().statusCode(200)
                .body("items.code", hasItem("X-DUCHOA"));
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String nfd = Normalizer.normalize("Hội Chữ thập đỏ xã Thạnh Đức", Normalizer.Form.NFD);
        String name = as("admin").body(unit(code(), nfd)).post("/api/v1/org-units").then().statusCode(201).extract()
                .path("name");
        assertEquals(Normalizer.normalize(nfd, Normalizer.Form.NFC), name);
        assertFalse(Normalizer.isNormalized(nfd, Normalizer.Form.NFC));
        as("admin").queryParam("q", "thanh duc").get("/api/v1/org-units").then().body("items.name", hasItem(name));
    }

    @Test
    void namesSortInVietnameseOrder() {
        String tag = code();
        for (String n : List.of("Ăn " + tag, "Az " + tag, "Âu " + tag, "Bình " + tag, "Đa " + tag, "Dz " + tag)) {
            as("admin").body(unit(code(), n)).post("/api/v1/org-units").then().statusCode(201);
        }
        List<String> names = as("admin").queryParam("q", tag).get("/api/v1/org-units?sort=name,asc").then()
                .statusCode(200).extract().path("items.name");
        assertEquals(List.of("Az " + tag, "Ăn " + tag, "Âu " + tag, "Bình " + tag, "Dz " + tag, "Đa " + tag), names);
    }

    @Test
    void problemsAlwaysCarryTypeAndTitle() {
        raw("admin").get("/api/v1/org-units/999999").then().statusCode(404).contentType(PROBLEM)
                .body("type", startsWith("urn:thidua:problem:")).body("detail", notNullValue());
        as("admin").get("/api/v1/org-units?size=3").then().body("items.id", everyItem(notNullValue()));
    }
}
