package vn.thidua.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Activities: recording rules, roles, scoping, the checking workflow, period cut-offs, totals and exports. */
@QuarkusTest
class ActivityTest {
    static final String BASE = "/api/v1/activities";

    static String tag() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> activity(String type, String title, String startDate) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("title", title);
        m.put("startDate", startDate);
        return m;
    }

    static Map<String, Object> gift(String title, String day, long cash, long inKind) {
        Map<String, Object> m = activity("GIFT_VISIT", title, day);
        m.put("location", "Ấp Bình Hòa");
        m.put("participants", 5);
        m.put("beneficiaries", 20);
        m.put("giftCount", 20);
        m.put("giftCashVnd", cash);
        m.put("giftInKindVnd", inKind);
        return m;
    }

    /** A unit of its own under the province, so totals and periods are not mixed with other tests' rows. */
    static long freshUnit() {
        Map<String, Object> u = new HashMap<>();
        u.put("code", tag());
        u.put("name", "Hội Chữ thập đỏ xã Thử nghiệm");
        u.put("level", "COMMUNE");
        u.put("parentId", unitId("TNH"));
        u.put("validFrom", "2020-01-01");
        Number id = as("admin").body(u).post("/api/v1/org-units").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    static int create(String user, Map<String, Object> body) {
        return as(user).body(body).post(BASE).then().statusCode(201).extract().path("id");
    }

    static long count(String user, String q) {
        Number n = as(user).queryParam("q", q).get(BASE).then().statusCode(200).extract().path("totalItems");
        return n.longValue();
    }

    @Test
    void aBranchOfficerRecordsAGiftVisitInTheirOwnUnitAndItIsSubmitted() {
        String t = tag();
        Response r = as("canbo.xa").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(gift("Thăm hỏi tặng quà " + t, "2025-09-02", 1_500_000, 700_000)).post(BASE);
        r.then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("orgUnitId", equalTo((int) unitId("X-TANNINH")))
                .body("orgUnitName", equalTo("Hội Chữ thập đỏ phường Tân Ninh"))
                .body("giftCashVnd", equalTo(1_500_000)).body("createdBy", equalTo("canbo.xa"))
                .body("editable", equalTo(true)).body("allowedActions", empty());
        int id = r.path("id");
        assertTrue(r.header("Location").endsWith(BASE + "/" + id));
        as("canbo.tinh").get(BASE + "/" + id).then().statusCode(200).body("allowedActions", contains("VERIFY", "FLAG"));
        as("lanhdao").get(BASE + "/" + id).then().statusCode(200).body("allowedActions", empty())
                .body("editable", equalTo(false));
    }

    @Test
    void badInputsAreFieldProblemsAndWriteNothing() {
        String t = tag();
        Map<String, Object> exchangeWithGifts = activity("EXCHANGE", "Giao lưu " + t, "2025-08-01");
        exchangeWithGifts.put("giftCashVnd", 100_000);
        exchangeWithGifts.put("giftCount", 2);
        raw("canbo.xa").contentType(ContentType.JSON).body(exchangeWithGifts).post(BASE).then().statusCode(400)
                .body("errors.field", hasItems("giftCashVnd", "giftCount"));

        Map<String, Object> endBefore = activity("FIELD_VISIT", "Tham quan " + t, "2025-08-10");
        endBefore.put("endDate", "2025-08-09");
        raw("canbo.xa").contentType(ContentType.JSON).body(endBefore).post(BASE).then().statusCode(400)
                .body("errors.field", contains("endDate"));

        Map<String, Object> negative = gift("Tặng quà " + t, "2025-08-01", -1, 0);
        negative.put("participants", -3);
        raw("canbo.xa").contentType(ContentType.JSON).body(negative).post(BASE).then().statusCode(400)
                .body("errors.field", hasItems("giftCashVnd", "participants"));

        raw("canbo.xa").contentType(ContentType.JSON).body(activity("EXCHANGE", " ", "2025-08-01")).post(BASE)
                .then().statusCode(400).body("errors.field", hasItem("title"));
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("type", "PARTY", "title", "x" + t,
                "startDate", "2025-08-01")).post(BASE).then().statusCode(400);
        raw("canbo.xa").contentType(ContentType.JSON).body("{\"type\":\"EXCHANGE\",\"title\":\"" + t
                + "\",\"startDate\":\"2025-08-01\",\"colour\":\"red\"}").post(BASE).then().statusCode(400)
                .body("errors.field", hasItem("colour"));
        raw("canbo.xa").contentType(ContentType.JSON).body("{\"type\":\"EXCHANGE\",\"title\":\"" + t
                + "\",\"startDate\":\"2025-08-01\",\"giftCashVnd\":1500000.5}").post(BASE).then().statusCode(400);
        Map<String, Object> badMovement = activity("EXCHANGE", "Giao lưu " + t, "2025-08-01");
        badMovement.put("movementId", 0);
        raw("canbo.xa").contentType(ContentType.JSON).body(badMovement).post(BASE).then().statusCode(400)
                .body("errors.field", hasItem("movementId"));
        // a unit outside the caller's subtree
        Map<String, Object> elsewhere = activity("EXCHANGE", "Giao lưu " + t, "2025-08-01");
        elsewhere.put("orgUnitId", unitId("X-LONGHOA"));
        raw("canbo.xa").contentType(ContentType.JSON).body(elsewhere).post(BASE).then().statusCode(400)
                .body("errors.field", contains("orgUnitId"));
        // English messages on request
        raw("canbo.xa").contentType(ContentType.JSON).header("Accept-Language", "en").body(endBefore).post(BASE)
                .then().statusCode(400).body("errors[0].message", equalTo("The end date must not be before the start date"));

        assertEquals(0, count("canbo.tinh", t));
    }

    @Test
    void onlyOfficersRecordAndOnlyTheProvinceChecks() {
        String t = tag();
        for (String who : List.of("lanhdao", "admin")) {
            raw(who).contentType(ContentType.JSON).body(activity("EXCHANGE", "Giao lưu " + t, "2025-08-01"))
                    .post(BASE).then().statusCode(403);
        }
        int id = create("canbo.xa", activity("EXCHANGE", "Giao lưu " + t, "2025-08-01"));
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "VERIFY")).post(BASE + "/" + id + "/transitions")
                .then().statusCode(403);
        raw("lanhdao").contentType(ContentType.JSON).body(Map.of("action", "FLAG", "comment", "x"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(403);
        raw("lanhdao").contentType(ContentType.JSON).header("If-Match", "*")
                .body(activity("EXCHANGE", "Sửa " + t, "2025-08-01")).put(BASE + "/" + id).then().statusCode(403);
        assertEquals(1, count("canbo.tinh", t));
    }

    @Test
    void anotherBranchsRecordIsA404ForEveryVerb() {
        String t = tag();
        int id = create("canbo.xa2", activity("EXCHANGE", "Giao lưu Long Hoa " + t, "2025-08-01"));
        String etag = as("canbo.xa2").get(BASE + "/" + id).then().statusCode(200).extract().header("ETag");
        raw("canbo.xa").get(BASE + "/" + id).then().statusCode(404);
        raw("canbo.xa").contentType(ContentType.JSON).header("If-Match", etag)
                .body(activity("EXCHANGE", "Sửa " + t, "2025-08-01")).put(BASE + "/" + id).then().statusCode(404);
        raw("canbo.xa").header("If-Match", etag).delete(BASE + "/" + id).then().statusCode(404);
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "RESUBMIT"))
                .post(BASE + "/" + id + "/transitions").then().statusCode(404);
        raw("canbo.xa").queryParam("orgUnitId", unitId("X-LONGHOA")).get(BASE).then().statusCode(404);
        raw("canbo.xa").queryParam("orgUnitId", unitId("X-LONGHOA")).queryParam("format", "csv")
                .get(BASE + "/export").then().statusCode(404);
        assertEquals(0, count("canbo.xa", t));
        assertEquals(1, count("canbo.tinh", t));
        raw("canbo.xa").get(BASE + "/999999999").then().statusCode(404);
    }

    @Test
    void flaggedGoesBackToItsAuthorWithTheCommentUntilFixedAndResubmitted() {
        String t = tag();
        int id = create("canbo.xa", gift("Tặng quà " + t, "2025-10-01", 2_000_000, 0));
        String path = BASE + "/" + id;
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "FLAG"))
                .post(path + "/transitions").then().statusCode(400).body("errors.field", contains("comment"));
        as("canbo.tinh").body(Map.of("action", "FLAG", "comment", "Thiếu danh sách người nhận"))
                .post(path + "/transitions").then().statusCode(200).body("status", equalTo("FLAGGED"))
                .body("reviewComment", equalTo("Thiếu danh sách người nhận")).body("reviewedBy", equalTo("canbo.tinh"));
        // the author finds it among the flagged ones, with the comment and RESUBMIT allowed
        as("canbo.xa").queryParam("status", "FLAGGED").queryParam("q", t).get(BASE).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].reviewComment", equalTo("Thiếu danh sách người nhận"))
                .body("items[0].allowedActions", contains("RESUBMIT"));
        // fixing keeps it flagged; RESUBMIT sends it back for checking
        String etag = as("canbo.xa").get(path).then().extract().header("ETag");
        Map<String, Object> fixed = gift("Tặng quà " + t, "2025-10-01", 2_000_000, 0);
        fixed.put("description", "Đã bổ sung danh sách 20 hộ nhận quà.");
        raw("canbo.xa").contentType(ContentType.JSON).body(fixed).put(path).then().statusCode(428);
        raw("canbo.xa").contentType(ContentType.JSON).header("If-Match", "\"999\"").body(fixed).put(path).then()
                .statusCode(412);
        as("canbo.xa").header("If-Match", etag).body(fixed).put(path).then().statusCode(200)
                .body("status", equalTo("FLAGGED")).body("description", equalTo("Đã bổ sung danh sách 20 hộ nhận quà."));
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "VERIFY")).post(path + "/transitions")
                .then().statusCode(403);
        as("canbo.xa").body(Map.of("action", "RESUBMIT")).post(path + "/transitions").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("reviewComment", nullValue());
        as("canbo.tinh").body(Map.of("action", "VERIFY")).post(path + "/transitions").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("allowedActions", contains("FLAG"));
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "VERIFY")).post(path + "/transitions")
                .then().statusCode(409).body("allowedActions", contains("FLAG"));
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "RESUBMIT")).post(path + "/transitions")
                .then().statusCode(409);
        // verified records are no longer changed or deleted
        String etag2 = as("canbo.xa").get(path).then().body("editable", equalTo(false)).extract().header("ETag");
        raw("canbo.xa").contentType(ContentType.JSON).header("If-Match", etag2).body(fixed).put(path).then()
                .statusCode(409);
        raw("canbo.xa").header("If-Match", etag2).delete(path).then().statusCode(409);

        List<String> actions = as("admin").queryParam("entityType", "activity").queryParam("entityId", id)
                .queryParam("size", 50).get("/api/v1/audit-events").then().statusCode(200).extract().path("items.action");
        assertTrue(actions.containsAll(List.of("CREATE", "FLAG", "UPDATE", "RESUBMIT", "VERIFY")), actions.toString());
        assertEquals(5, actions.size());
    }

    @Test
    void aSubmittedRecordIsDeletedByItsOfficerAndAudited() {
        String t = tag();
        int id = create("canbo.xa", activity("EXCHANGE", "Nhập nhầm " + t, "2025-08-01"));
        String etag = as("canbo.xa").get(BASE + "/" + id).then().extract().header("ETag");
        raw("canbo.xa").delete(BASE + "/" + id).then().statusCode(428);
        as("canbo.xa").header("If-Match", etag).delete(BASE + "/" + id).then().statusCode(204);
        raw("canbo.xa").get(BASE + "/" + id).then().statusCode(404);
        as("admin").queryParam("entityType", "activity").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().body("items.action", hasItem("DELETE"));
    }

    @Test
    void periodsFollowTheDecreeCutOffs() {
        long unit = freshUnit();
        String t = tag();
        Map<String, Object> dec = activity("EXCHANGE", "Giao lưu cuối năm " + t, "2020-12-20");
        dec.put("orgUnitId", unit);
        Map<String, Object> june = activity("EXCHANGE", "Giao lưu giữa năm " + t, "2021-06-15");
        june.put("orgUnitId", unit);
        Map<String, Object> before = activity("EXCHANGE", "Giao lưu " + t, "2020-12-14");
        before.put("orgUnitId", unit);
        int a = create("canbo.tinh", dec);
        int b = create("canbo.tinh", june);
        int c = create("canbo.tinh", before);
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2021S1").get(BASE).then()
                .statusCode(200).body("items.id", contains(a)).body("totals.records", equalTo(1));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2021").get(BASE).then()
                .statusCode(200).body("items.id", contains(b, a));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2021S2").get(BASE).then()
                .body("items.id", contains(b));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2020").get(BASE).then()
                .body("items.id", contains(c));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("from", "2020-12-15").queryParam("to", "2020-12-31")
                .get(BASE).then().body("items.id", contains(a));
        // period and from/to together: the intersection
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2021").queryParam("from", "2021-01-01")
                .get(BASE).then().body("items.id", contains(b));
        raw("canbo.tinh").queryParam("period", "2021H1").get(BASE).then().statusCode(400)
                .body("errors.field", contains("period"));
        raw("canbo.tinh").queryParam("from", "20/12/2020").get(BASE).then().statusCode(400);
    }

    @Test
    void totalsCoverTheWholeFilteredSetNotJustThePage() {
        long unit = freshUnit();
        String t = tag();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> g = gift("Tặng quà " + t + " lần " + i, "2025-11-0" + (i + 1), 1_500_000, 250_000);
            g.put("orgUnitId", unit);
            create("canbo.tinh", g);
        }
        Map<String, Object> ex = activity("EXCHANGE", "Giao lưu " + t, "2025-11-05");
        ex.put("orgUnitId", unit);
        ex.put("participants", 40);
        create("canbo.tinh", ex);
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("size", 1).get(BASE).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("totalItems", equalTo(4))
                .body("items[0].title", equalTo("Giao lưu " + t))
                .body("totals.records", equalTo(4)).body("totals.participants", equalTo(55))
                .body("totals.beneficiaries", equalTo(60)).body("totals.giftCount", equalTo(60))
                .body("totals.giftCashVnd", equalTo(4_500_000)).body("totals.giftInKindVnd", equalTo(750_000));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("type", "GIFT_VISIT").queryParam("page", 5)
                .get(BASE).then().statusCode(200).body("items", empty()).body("totals.records", equalTo(3));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("sort", "title,asc").get(BASE).then()
                .body("items[0].title", equalTo("Giao lưu " + t));
        raw("canbo.tinh").queryParam("sort", "giftCashVnd,desc").get(BASE).then().statusCode(400)
                .body("errors.field", contains("sort"));
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        String t = tag();
        Map<String, Object> m = activity("FIELD_VISIT", "Tham quan mô hình Đường hoa " + t, "2025-09-09");
        m.put("location", "Ấp Trường Đông");
        int id = create("canbo.xa", m);
        for (String q : List.of("duong hoa " + t, "ĐƯỜNG " + t, t.toLowerCase(), "truong dong " + t, "hoa " + t,
                "mo hinh " + t)) {
            as("canbo.xa").queryParam("q", q).get(BASE).then().statusCode(200).body("items.id", contains(id));
        }
        as("canbo.xa").queryParam("q", "duong xyz " + t).get(BASE).then().body("items", empty());
        as("canbo.xa").queryParam("q", "100%_" + t).get(BASE).then().statusCode(200).body("items", empty());
    }

    @Test
    void aRepeatedCreateWithTheSameKeyMakesOneRecord() {
        String t = tag();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = gift("Tặng quà " + t, "2025-09-01", 1_000_000, 0);
        int first = as("canbo.xa").header("Idempotency-Key", key).body(body).post(BASE).then().statusCode(201)
                .extract().path("id");
        as("canbo.xa").header("Idempotency-Key", key).body(body).post(BASE).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Map<String, Object> other = gift("Tặng quà khác " + t, "2025-09-01", 1_000_000, 0);
        raw("canbo.xa").contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post(BASE).then()
                .statusCode(422);
        assertEquals(1, count("canbo.xa", t));
    }

    @Test
    void csvStartsWithTheBomAndHasVietnameseHeaders() {
        long unit = freshUnit();
        String t = tag();
        Map<String, Object> g = gift("Tặng quà, \"Tết\" " + t, "2025-12-20", 1_500_000, 300_000);
        g.put("orgUnitId", unit);
        create("canbo.tinh", g);
        byte[] bytes = as("canbo.tinh").queryParam("format", "csv").queryParam("orgUnitId", unit)
                .get(BASE + "/export").then().statusCode(200).contentType(containsText("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("hoat-dong-"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("Mã,Loại hoạt động,Tiêu đề,Ngày bắt đầu"), lines[0]);
        assertTrue(lines[1].contains(",Thăm hỏi tặng quà,\"Tặng quà, \"\"Tết\"\" " + t + "\",20/12/2025,"), lines[1]);
        assertTrue(lines[1].contains(",1500000,300000,"), lines[1]);
        raw("canbo.tinh").queryParam("format", "pdf").get(BASE + "/export").then().statusCode(400)
                .body("errors.field", contains("format"));
    }

    @Test
    void xlsxOpensWithNumbersAsNumbersAndVndFormatted() throws Exception {
        long unit = freshUnit();
        String t = tag();
        Map<String, Object> g = gift("Tặng quà " + t, "2026-01-05", 1_500_000, 250_000);
        g.put("orgUnitId", unit);
        create("canbo.tinh", g);
        Map<String, Object> g2 = gift("Tặng quà lần hai " + t, "2026-01-06", 2_000_000, 0);
        g2.put("orgUnitId", unit);
        create("canbo.tinh", g2);
        byte[] bytes = as("canbo.tinh").queryParam("format", "xlsx").queryParam("orgUnitId", unit)
                .get(BASE + "/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            Row head = s.getRow(0);
            int cashCol = -1;
            for (Cell c : head) {
                if (c.getStringCellValue().equals("Tiền mặt (VNĐ)")) {
                    cashCol = c.getColumnIndex();
                }
            }
            assertTrue(cashCol > 0);
            Row newest = s.getRow(1);
            assertEquals("Tặng quà lần hai " + t, newest.getCell(2).getStringCellValue());
            Cell cash = s.getRow(2).getCell(cashCol);
            assertEquals(CellType.NUMERIC, cash.getCellType());
            assertEquals(1_500_000d, cash.getNumericCellValue());
            assertEquals("#,##0 \"₫\"", cash.getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, s.getRow(2).getCell(3).getCellType()); // a real date
            Row total = s.getRow(3);
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(3_500_000d, total.getCell(cashCol).getNumericCellValue());
        }
    }

    static org.hamcrest.Matcher<String> containsText(String s) {
        return org.hamcrest.Matchers.containsString(s);
    }

    @Test
    void theDemoHasGiftVisitsWithMoneyAndFlaggedRecords() {
        as("canbo.tinh").queryParam("type", "GIFT_VISIT").queryParam("period", "2021").get(BASE).then()
                .statusCode(200).body("totals.giftCashVnd", org.hamcrest.Matchers.greaterThan(0));
        as("canbo.tinh").queryParam("status", "FLAGGED").get(BASE).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.greaterThan(0));
        // the pre-2025 district officer sees their old communes' records, not the new ones
        as("canbo.huyen").queryParam("size", 100).get(BASE).then().statusCode(200)
                .body("items.orgUnitName", not(hasItem("Hội Chữ thập đỏ phường Tân Ninh")));
    }
}
