package vn.thidua.communication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Communication outputs: link rules by channel, roles, scoping, checking, periods on publishedOn, totals, exports. */
@QuarkusTest
class CommunicationTest {
    static final String BASE = "/api/v1/communications";

    static String tag() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> output(String channel, String title, String day) {
        Map<String, Object> m = new HashMap<>();
        m.put("channel", channel);
        m.put("title", title);
        m.put("publishedOn", day);
        return m;
    }

    static long freshUnit() {
        Map<String, Object> u = new HashMap<>();
        u.put("code", tag());
        u.put("name", "Hội Chữ thập đỏ xã Truyền thông");
        u.put("level", "COMMUNE");
        u.put("parentId", unitId("TNH"));
        u.put("validFrom", "2020-01-01");
        Number id = as("admin").body(u).post("/api/v1/org-units").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    static int create(String user, Map<String, Object> body) {
        return as(user).body(body).post(BASE).then().statusCode(201).extract().path("id");
    }

    @Test
    void websiteAndSocialMediaNeedAValidLink() {
        String t = tag();
        raw("canbo.xa").contentType(ContentType.JSON).body(output("WEBSITE", "Tin " + t, "2025-09-01")).post(BASE)
                .then().statusCode(400).body("errors.field", contains("url"));
        for (String bad : List.of("ftp://x.vn/a", "javascript:alert(1)", "chuthapdo.vn/bai", "https://")) {
            Map<String, Object> m = output("SOCIAL_MEDIA", "Bài " + t, "2025-09-01");
            m.put("url", bad);
            raw("canbo.xa").contentType(ContentType.JSON).body(m).post(BASE).then().statusCode(400)
                    .body("errors.field", contains("url"));
        }
        Map<String, Object> negative = output("MEETING", "Hội nghị " + t, "2025-09-01");
        negative.put("audience", -1);
        negative.put("quantity", -2);
        raw("canbo.xa").contentType(ContentType.JSON).body(negative).post(BASE).then().statusCode(400)
                .body("errors.field", contains("audience", "quantity"));
        as("canbo.xa").queryParam("q", t).get(BASE).then().body("totalItems", equalTo(0));

        Map<String, Object> ok = output("SOCIAL_MEDIA", "Bài đăng " + t, "2025-09-01");
        ok.put("url", "https://facebook.com/chuthapdo/posts/123");
        ok.put("outlet", "Fanpage Hội");
        ok.put("audience", 2500);
        as("canbo.xa").body(ok).post(BASE).then().statusCode(201).body("status", equalTo("SUBMITTED"))
                .body("url", equalTo("https://facebook.com/chuthapdo/posts/123"))
                .body("orgUnitId", equalTo((int) unitId("X-TANNINH")));
        // a newspaper article needs no link
        as("canbo.xa").body(output("NEWSPAPER", "Bài báo " + t, "2025-09-02")).post(BASE).then().statusCode(201);
    }

    @Test
    void rolesScopingAndChecking() {
        String t = tag();
        raw("lanhdao").contentType(ContentType.JSON).body(output("PRINTED", "Pano " + t, "2025-09-01")).post(BASE)
                .then().statusCode(403);
        int id = create("canbo.xa2", output("PRINTED", "Pano " + t, "2025-09-01"));
        String path = BASE + "/" + id;
        raw("canbo.xa").get(path).then().statusCode(404);
        raw("canbo.xa").contentType(ContentType.JSON).header("If-Match", "*")
                .body(output("PRINTED", "Sửa " + t, "2025-09-01")).put(path).then().statusCode(404);
        raw("canbo.xa").header("If-Match", "*").delete(path).then().statusCode(404);
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "RESUBMIT")).post(path + "/transitions")
                .then().statusCode(404);
        raw("canbo.xa2").contentType(ContentType.JSON).body(Map.of("action", "VERIFY")).post(path + "/transitions")
                .then().statusCode(403);
        as("canbo.tinh").body(Map.of("action", "FLAG", "comment", "Thiếu ảnh pano")).post(path + "/transitions")
                .then().statusCode(200).body("status", equalTo("FLAGGED"));
        as("canbo.xa2").get(path).then().body("reviewComment", equalTo("Thiếu ảnh pano"))
                .body("allowedActions", contains("RESUBMIT"));
        as("canbo.xa2").body(Map.of("action", "RESUBMIT")).post(path + "/transitions").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as("canbo.tinh").body(Map.of("action", "VERIFY")).post(path + "/transitions").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        as("admin").queryParam("entityType", "communication").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().body("items.action", contains("VERIFY", "RESUBMIT", "FLAG", "CREATE"));
    }

    @Test
    void periodsTotalsFiltersAndExports() throws Exception {
        long unit = freshUnit();
        String t = tag();
        Map<String, Object> a = output("NEWSPAPER", "Gương sáng " + t, "2020-12-20");
        a.put("orgUnitId", unit);
        a.put("audience", 5000);
        a.put("quantity", 1);
        a.put("outlet", "Báo Tây Ninh");
        Map<String, Object> b = output("PRINTED", "Tờ rơi " + t, "2021-06-15");
        b.put("orgUnitId", unit);
        b.put("quantity", 300);
        int ia = create("canbo.tinh", a);
        int ib = create("canbo.tinh", b);
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2021S1").get(BASE).then()
                .body("items.id", contains(ia));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("period", "2021").get(BASE).then()
                .body("items.id", contains(ib, ia)).body("totals.records", equalTo(2))
                .body("totals.audience", equalTo(5000)).body("totals.quantity", equalTo(301));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("channel", "PRINTED").get(BASE).then()
                .body("items.id", contains(ib));
        as("canbo.tinh").queryParam("q", "bao tay ninh " + t).get(BASE).then().body("items.id", contains(ia));
        as("canbo.tinh").queryParam("q", "khong co " + t).get(BASE).then().body("items", empty());

        byte[] csv = as("canbo.tinh").queryParam("format", "csv").queryParam("orgUnitId", unit).get(BASE + "/export")
                .then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Hình thức,Tiêu đề,Ngày đăng/phát"), text);
        assertTrue(text.contains("Báo chí,Gương sáng " + t + ",20/12/2020,Báo Tây Ninh"), text);

        byte[] xlsx = as("canbo.tinh").queryParam("format", "xlsx").queryParam("orgUnitId", unit)
                .get(BASE + "/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var s = wb.getSheetAt(0);
            assertEquals("Số người tiếp cận", s.getRow(0).getCell(9).getStringCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(2).getCell(9).getCellType());
            assertEquals(5000d, s.getRow(2).getCell(9).getNumericCellValue());
            assertEquals(301d, s.getRow(3).getCell(10).getNumericCellValue());
        }
    }

    @Test
    void theDemoHasOutputsOnEveryChannelAndSomeFlagged() {
        as("canbo.tinh").queryParam("size", 100).get(BASE).then().statusCode(200)
                .body("items.channel", hasItem("SOCIAL_MEDIA")).body("items.channel", hasItem("NEWSPAPER"));
        as("canbo.tinh").queryParam("status", "FLAGGED").get(BASE).then()
                .body("totalItems", org.hamcrest.Matchers.greaterThan(0));
    }
}
