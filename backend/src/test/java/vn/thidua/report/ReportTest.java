package vn.thidua.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Reports: periods, live figures over the dated tree, the workflow and its roles, freezing, exports. */
@QuarkusTest
class ReportTest {
    static Map<String, Object> create(long unit, String period) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgUnitId", unit);
        m.put("period", period);
        m.put("narrative", Map.of("results", "Tổ chức tốt các phong trào.", "proposals", "Đề nghị khen thưởng."));
        m.put("signerName", "Thái Duy Thanh");
        m.put("signerTitle", "Phó Chủ tịch");
        m.put("signerPrefix", "KT. Chủ tịch");
        return m;
    }

    static long tests(Map<String, Object> figures) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) figures.get("sections");
        @SuppressWarnings("unchecked")
        Map<String, Number> total = (Map<String, Number>) sections.get("tests").get("total");
        return total.get("records").longValue();
    }

    @Test
    void periodsFollowDecree09() {
        as("canbo.xa").get("/api/v1/periods?year=2021").then().statusCode(200)
                .body("items[0].code", equalTo("2021S1")).body("items[0].from", equalTo("2020-12-15"))
                .body("items[0].to", equalTo("2021-06-14")).body("items[1].to", equalTo("2021-12-14"));
        raw("canbo.xa").get("/api/v1/figures?period=2021S3").then().statusCode(400)
                .body("errors.field", hasItem("period"));
    }

    @Test
    void figuresFollowTheDatedTreeAndThePeriodEdges() {
        long oldCommune = unitId("O-NINHSON"); // dissolved in 2025, under the old city branch
        FakeFigureSource.add(oldCommune, LocalDate.of(2020, 12, 20), 3); // 2021S1 and 2021
        FakeFigureSource.add(oldCommune, LocalDate.of(2021, 6, 15), 5); // 2021 only
        Map<String, Object> s1 = as("canbo.huyen").get("/api/v1/figures?period=2021S1").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> y = as("canbo.huyen").get("/api/v1/figures?period=2021").then().statusCode(200)
                .extract().path("$");
        assertTrue(tests(s1) >= 3 && tests(y) >= tests(s1) + 5);
        // the province counts them too, and shows the old district among its 2021 children
        Map<String, Object> prov = as("canbo.tinh").get("/api/v1/figures?period=2021").then().statusCode(200)
                .extract().path("$");
        assertTrue(tests(prov) >= 8);
        as("canbo.tinh").get("/api/v1/figures?period=2021").then().body("children.name",
                hasItem("Hội Chữ thập đỏ thành phố Tây Ninh")).body("children.name",
                not(hasItem("Hội Chữ thập đỏ phường Tân Ninh")));
        // a branch cannot read another branch's figures
        raw("canbo.xa").get("/api/v1/figures?period=2021&orgUnitId=" + unitId("X-LONGHOA")).then().statusCode(404);
    }

    @Test
    void workflowFreezesFiguresAndConsolidatesUpTheTree() {
        long district = unitId("H-TRANGBANG");
        long commune = unitId("O-ANTINH");
        // a commune's report, submitted by the district's officer would be odd; use the province officer
        int child = as("canbo.tinh").body(create(commune, "2021S1")).post("/api/v1/reports").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("allowedActions", hasItem("SUBMIT"))
                .body("figuresFrozen", equalTo(false)).extract().path("id");
        raw("canbo.tinh").contentType(ContentType.JSON).body(create(commune, "2021S1")).post("/api/v1/reports")
                .then().statusCode(409);
        FakeFigureSource.add(commune, LocalDate.of(2021, 3, 1), 7);
        as("canbo.tinh").body(Map.of("action", "SUBMIT")).post("/api/v1/reports/" + child + "/transitions").then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("figuresFrozen", equalTo(true))
                .body("documentNumber", containsString("/BC-CTĐ"));
        Map<String, Object> frozen = as("canbo.tinh").get("/api/v1/reports/" + child).then().extract().path("figures");
        long before = tests(frozen);
        FakeFigureSource.addLater(commune, LocalDate.of(2021, 3, 2), 4);
        as("canbo.tinh").get("/api/v1/reports/" + child).then().statusCode(200)
                .body("changedSinceSnapshot", equalTo(1));
        assertEquals(before, tests(as("canbo.tinh").get("/api/v1/reports/" + child).then().extract().path("figures")));
        // a submitted report is not edited
        String etag = as("canbo.tinh").get("/api/v1/reports/" + child).then().extract().header("ETag");
        raw("canbo.tinh").header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("narrative", Map.of("results", "sửa"))).put("/api/v1/reports/" + child).then()
                .statusCode(409);
        // RETURN needs a comment; the same-level officer of the commune may not approve (no such user here),
        // the province officer (a parent level) may
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "RETURN"))
                .post("/api/v1/reports/" + child + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        as("canbo.tinh").body(Map.of("action", "RETURN", "comment", "Bổ sung số liệu quý I"))
                .post("/api/v1/reports/" + child + "/transitions").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("figuresFrozen", equalTo(false));
        as("canbo.tinh").body(Map.of("action", "SUBMIT")).post("/api/v1/reports/" + child + "/transitions").then()
                .statusCode(200);
        raw("canbo.tinh").contentType(ContentType.JSON).body(Map.of("action", "SEND"))
                .post("/api/v1/reports/" + child + "/transitions").then().statusCode(409)
                .body("allowedActions", hasItem("APPROVE"));
        as("lanhdao").body(Map.of("action", "APPROVE")).post("/api/v1/reports/" + child + "/transitions").then()
                .statusCode(200).body("status", equalTo("APPROVED"));
        as("canbo.tinh").get("/api/v1/reports/" + child + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("SUBMIT", "RETURN", "SUBMIT", "APPROVE")))
                .body("items[1].comment", equalTo("Bổ sung số liệu quý I"));

        // the district's report shows the approved commune from its report and names the missing one
        int parent = as("canbo.tinh").body(create(district, "2021S1")).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");
        as("canbo.tinh").get("/api/v1/reports/" + parent).then().statusCode(200)
                .body("consolidation.missing", hasItem("Hội Chữ thập đỏ phường Trảng Bàng"))
                .body("consolidation.missing", not(hasItem("Hội Chữ thập đỏ phường An Tịnh")))
                .body("figures.children.find { it.orgUnitId == " + commune + " }.source", equalTo("REPORT"));

        // completeness of the district's children
        as("canbo.tinh").get("/api/v1/reports/completeness?parentOrgUnitId=" + district + "&period=2021S1").then()
                .statusCode(200).body("items.find { it.orgUnitId == " + commune + " }.state", equalTo("APPROVED"))
                .body("counts.NOT_STARTED", equalTo(1));

        // once approved, the province delivers it to the Board (SEND), and nothing is left to do
        as("canbo.tinh").get("/api/v1/reports/" + child).then().body("allowedActions", equalTo(List.of("SEND")));
        as("canbo.tinh").body(Map.of("action", "SEND")).post("/api/v1/reports/" + child + "/transitions").then()
                .statusCode(200).body("status", equalTo("SENT")).body("allowedActions", equalTo(List.of()));
        as("canbo.tinh").get("/api/v1/reports/completeness?parentOrgUnitId=" + district + "&period=2021S1").then()
                .statusCode(200).body("items.find { it.orgUnitId == " + commune + " }.state", equalTo("SENT"));
    }

    @Test
    void branchesSeeOnlyTheirReportsAndLeadersOnlyRead() {
        int id = as("canbo.xa").body(create(unitId("X-TANNINH"), "2026")).post("/api/v1/reports").then()
                .statusCode(201).extract().path("id");
        raw("canbo.xa2").get("/api/v1/reports/" + id).then().statusCode(404);
        raw("canbo.xa2").contentType(ContentType.JSON).body(Map.of("action", "SUBMIT"))
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(404);
        raw("lanhdao").contentType(ContentType.JSON).body(create(unitId("X-LONGHOA"), "2026"))
                .post("/api/v1/reports").then().statusCode(403);
        // the branch officer cannot approve their own report
        as("canbo.xa").body(Map.of("action", "SUBMIT")).post("/api/v1/reports/" + id + "/transitions").then()
                .statusCode(200).body("allowedActions", not(hasItem("APPROVE")));
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("action", "APPROVE"))
                .post("/api/v1/reports/" + id + "/transitions").then().statusCode(403);
        raw("canbo.xa").contentType(ContentType.JSON).body(create(unitId("X-TANNINH"), "2026S2"))
                .post("/api/v1/reports").then().statusCode(400).body("errors.field", hasItem("period"));
    }

    @Test
    void exportsOpenAndCarryTheDecree30Layout() throws Exception {
        long unit = unitId("TNH");
        int id = as("canbo.tinh").body(create(unit, "2022S1")).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");
        as("canbo.tinh").body(Map.of("action", "SUBMIT")).post("/api/v1/reports/" + id + "/transitions").then()
                .statusCode(200);
        byte[] docx = as("canbo.tinh").get("/api/v1/reports/" + id + "/export?format=docx").then().statusCode(200)
                .header("Content-Disposition", containsString(".docx")).extract().asByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            text = ex.getText();
            // A4 portrait (the first section; a wide appendix is a landscape section of its own)
            var first = doc.getParagraphs().stream().map(p -> p.getCTP().getPPr())
                    .filter(pp -> pp != null && pp.isSetSectPr()).map(pp -> pp.getSectPr()).findFirst()
                    .orElse(doc.getDocument().getBody().getSectPr());
            assertEquals("11906", String.valueOf(first.getPgSz().getW()));
            assertEquals("16838", String.valueOf(first.getPgSz().getH()));
        }
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"));
        assertTrue(text.matches("(?s).*Số: \\d{2}/BC-CTĐ.*"), text);
        assertTrue(text.contains("Tây Ninh, ngày "));
        assertTrue(text.contains("Sơ kết công tác tuyên truyền thi đua, khen thưởng 6 tháng đầu năm 2022"));
        assertTrue(text.contains("Nơi nhận:") && text.contains("KT. CHỦ TỊCH") && text.contains("Thái Duy Thanh"));

        byte[] xlsx = as("canbo.tinh").get("/api/v1/reports/" + id + "/export?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(wb.getNumberOfSheets() >= 2);
            assertEquals("Đơn vị", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        byte[] csv = as("canbo.tinh").get("/api/v1/reports/" + id + "/export?format=csv").then().statusCode(200)
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("Tổng cộng"));
        raw("canbo.tinh").get("/api/v1/reports/" + id + "/export?format=pdf").then().statusCode(400);
    }

    @Test
    void decree30DateForm() {
        assertEquals("Tây Ninh, ngày 14 tháng 6 năm 2021", ReportExporter.placeAndDate("Tây Ninh", LocalDate.of(2021, 6, 14)));
        assertEquals("Tây Ninh, ngày 05 tháng 02 năm 2021", ReportExporter.placeAndDate("Tây Ninh", LocalDate.of(2021, 2, 5)));
        assertEquals("Tây Ninh, ngày 01 tháng 12 năm 2021", ReportExporter.placeAndDate("Tây Ninh", LocalDate.of(2021, 12, 1)));
    }
}
