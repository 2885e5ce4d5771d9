package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.support.LibreOffice;

/**
 * The files an office opens: the demo province's 2021 annual report as Word and Excel and the province's 2021
 * activities as Excel, written to {@code target/exports/}, checked with POI, then opened in LibreOffice
 * (headless, to PDF) where it is installed and checked again in the PDF's text: the national heading, the
 * document number, a known figure.
 */
@QuarkusTest
class ExportFilesTest {
    static final Path OUT = Path.of("target", "exports");
    static final String HEADING = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /** 123456789 → a pattern for "123.456.789" or "123,456,789" (LibreOffice groups digits by its locale). */
    static Pattern grouped(long n) {
        String digits = String.format(java.util.Locale.ROOT, "%,d", n).replace(",", "[.,\\u00a0\\u202f ]");
        return Pattern.compile("(?<![\\d.,])" + digits + "(?![\\d])");
    }

    @Test
    void theProvincialAnnualReportAndTheActivitiesOpenInLibreOffice() throws Exception {
        long province = unitId("TNH");
        Map<String, Object> body = ReportTest.create(province, "2021");
        body.put("recipients", List.of("Trung ương Hội Chữ thập đỏ Việt Nam", "Ban Thi đua – Khen thưởng tỉnh",
                "Lưu: VT"));
        int id = as("canbo.tinh").body(body).post("/api/v1/reports").then().statusCode(201).extract().path("id");
        String number = as("canbo.tinh").body(Map.of("action", "SUBMIT")).post("/api/v1/reports/" + id + "/transitions")
                .then().statusCode(200).extract().path("documentNumber");
        assertTrue(number.matches("\\d{2,}/BC-CTĐ"), number);
        // the known figure: the frozen total of gift money of the demo activities in 2021
        long cash = ((Number) as("canbo.tinh").get("/api/v1/reports/" + id).then().statusCode(200).extract()
                .path("figures.sections.activities.total.cashVnd")).longValue();
        assertTrue(cash > 0, "the demo province gives money in 2021");
        String cashShown = ReportExporter.number(cash); // 1.500.000 in the Word tables

        byte[] docx = as("canbo.tinh").get("/api/v1/reports/" + id + "/export?format=docx").then().statusCode(200)
                .extract().asByteArray();
        byte[] xlsx = as("canbo.tinh").get("/api/v1/reports/" + id + "/export?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        byte[] activities = as("canbo.tinh").get("/api/v1/activities/export?format=xlsx&period=2021&orgUnitId="
                + province).then().statusCode(200).extract().asByteArray();

        // POI, always
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertTrue(text.contains(HEADING) && text.contains("Độc lập - Tự do - Hạnh phúc"), text);
            assertTrue(text.contains("Số: " + number), text);
            assertTrue(text.contains("BÁO CÁO") && text.contains("năm 2021"), text);
            assertTrue(text.contains(cashShown), "the cash total " + cashShown + " is in the Word tables");
            assertTrue(text.contains("Nơi nhận:") && text.contains("- Trung ương Hội Chữ thập đỏ Việt Nam;")
                    && text.contains("- Lưu: VT."), text);
            assertTrue(text.contains("KT. CHỦ TỊCH") && text.contains("PHÓ CHỦ TỊCH"), text);
            // the child units are in a landscape appendix after the signature
            assertTrue(text.indexOf("PHỤ LỤC") > text.indexOf("Nơi nhận:"), text);
            assertTrue(text.contains("(Kèm theo Báo cáo số " + number), text);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // a sheet per breakdown (after the information sheet), then the child units
            assertEquals("Thông tin", wb.getSheetName(0));
            Sheet info = wb.getSheetAt(0);
            assertEquals("Năm 2021 (15/12/2020 – 14/12/2021)", info.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Đã nộp", info.getRow(2).getCell(1).getStringCellValue());
            assertEquals(number, info.getRow(3).getCell(1).getStringCellValue());
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertEquals(List.of("Thông tin", "Phong trào thi đua", "Hoạt động giao lưu, học tập, th",
                    "Hoạt động tuyên truyền", "Gương điển hình, mô hình mới, n", "Kết quả theo đơn vị trực thuộc"),
                    names.stream().filter(n -> !n.equals("tests")).toList());
            Sheet sheet = wb.getSheet("Hoạt động giao lưu, học tập, th");
            Row head = sheet.getRow(0);
            int cashCol = -1;
            for (Cell c : head) {
                if (c.getStringCellValue().startsWith("Tiền mặt")) { // "Tiền mặt (đồng)"
                    cashCol = c.getColumnIndex();
                }
            }
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            Cell money = total.getCell(cashCol);
            assertEquals(CellType.NUMERIC, money.getCellType(), "money is a number, not text");
            assertEquals(cash, (long) money.getNumericCellValue());
            assertTrue(money.getCellStyle().getDataFormatString().contains("₫"), "VND format");
        }
        long listCash;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(activities))) {
            Sheet sheet = wb.getSheetAt(0);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            Cell money = total.getCell(12);
            assertEquals("Tiền mặt (VNĐ)", sheet.getRow(0).getCell(12).getStringCellValue());
            assertEquals(CellType.NUMERIC, money.getCellType());
            listCash = (long) money.getNumericCellValue();
            assertTrue(listCash >= cash, "the list has every 2021 activity (flagged ones too)");
        }

        // LibreOffice, where installed
        Files.createDirectories(OUT);
        Path docxFile = OUT.resolve("bao-cao-nam-2021-tinh.docx");
        Path xlsxFile = OUT.resolve("so-lieu-bao-cao-nam-2021-tinh.xlsx");
        Path activitiesFile = OUT.resolve("hoat-dong-nam-2021-tinh.xlsx");
        Files.write(docxFile, docx);
        Files.write(xlsxFile, xlsx);
        Files.write(activitiesFile, activities);
        Optional<Map<Path, String>> pdf = LibreOffice.pdfText(List.of(docxFile, xlsxFile, activitiesFile), OUT);
        if (pdf.isEmpty()) {
            return;
        }
        String word = pdf.get().get(docxFile);
        assertTrue(word.contains(HEADING), word);
        assertTrue(word.contains("Số: " + number), word);
        assertTrue(word.contains(cashShown), "the cash total " + cashShown + " in the PDF of the Word file: " + word);
        assertTrue(word.contains("Nơi nhận:") && word.contains("KT. CHỦ TỊCH"), word);
        assertTrue(word.contains("PHỤ LỤC") && word.contains("Hội Chữ thập đỏ thành phố Tây Ninh"), word);
        String excel = pdf.get().get(xlsxFile);
        assertTrue(excel.contains(number) && excel.contains("Năm 2021 (15/12/2020 – 14/12/2021)"), excel);
        assertTrue(!excel.contains("###"), "every number fits its column: " + excel);
        assertTrue(grouped(cash).matcher(excel).find(), "the cash total " + cash + " in the PDF of the workbook: "
                + excel);
        String list = pdf.get().get(activitiesFile);
        assertTrue(list.contains("Tổng cộng"), list);
        assertTrue(grouped(listCash).matcher(list).find(), "the cash total " + listCash + " in the PDF of the list: "
                + list);
    }
}
