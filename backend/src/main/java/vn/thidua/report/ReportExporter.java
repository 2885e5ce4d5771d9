package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.thidua.common.Messages;
import vn.thidua.org.OrgUnitService;
import vn.thidua.report.ReportDtos.ReportView;

/**
 * The files offices file: the Word document in the layout of Decree 30/2020/NĐ-CP (A4, Times New Roman,
 * national heading, issuing body, number and symbol, place and date, title, body, recipients, signature
 * block), the spreadsheet (a sheet per breakdown and the child-unit table, numbers as numbers) and CSV
 * (UTF-8 with a BOM so that Excel shows Vietnamese).
 */
@ApplicationScoped
public class ReportExporter {
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";
    static final String FONT = "Times New Roman";
    // A4 in twips, the decree's margins, the width left for text on a portrait page
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = 1134; // 20 mm (also the bottom)
    static final int MARGIN_LEFT = 1701; // 30 mm
    static final int MARGIN_RIGHT = 850; // 15 mm
    static final int TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int HEAD_LEFT = 3969; // 7 cm for the issuing body; the rest for the national heading
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    OrgUnitService orgUnits;

    @ConfigProperty(name = "app.report.place", defaultValue = "Tây Ninh")
    String place;

    @ConfigProperty(name = "app.report.superior-body", defaultValue = "Hội Chữ thập đỏ Việt Nam")
    String superiorBody;

    /** "Tây Ninh, ngày 05 tháng 02 năm 2021": days below 10 and months 1 and 2 zero-padded (Decree 30/2020). */
    public static String placeAndDate(String place, LocalDate d) {
        int m = d.getMonthValue();
        String month = m <= 2 ? String.format("%02d", m) : Integer.toString(m);
        return String.format("%s, ngày %02d tháng %s năm %d", place, d.getDayOfMonth(), month, d.getYear());
    }

    String title(ReportView r, Locale l) {
        String key = r.period().contains("S") ? "doc.title.half" : "doc.title.year";
        return Messages.get(l, key, r.period().substring(0, 4));
    }

    public String fileName(ReportView r, String ext) {
        String base = "bao-cao-" + r.period() + "-" + slug(r.orgUnitName());
        return base + "." + ext;
    }

    static String slug(String s) {
        String f = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return f.replaceAll("(^-+|-+$)", "");
    }

    public static String contentDisposition(String name) {
        return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String label(Locale l, String key, String fallback) {
        String v = Messages.get(l, key);
        return v.equals(key) ? fallback : v;
    }

    String sectionLabel(Locale l, String section) {
        return label(l, "figures.section." + section, section);
    }

    String columnLabel(Locale l, String column) {
        return label(l, "figures.col." + column, column);
    }

    String rowLabel(Locale l, String key) {
        return label(l, "figures.row." + key, key);
    }

    static boolean isMoney(String column) {
        return column.toLowerCase(Locale.ROOT).endsWith("vnd");
    }

    static String number(long v) {
        return String.format(Locale.GERMANY, "%,d", v); // 1.500.000
    }

    // ---------------------------------------------------------------- DOCX

    public byte[] docx(ReportView r, Locale l) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Long parentId = orgUnits.load(r.orgUnitId()).parentId;
            String above = parentId == null ? superiorBody : orgUnits.nameOf(parentId);

            XWPFTable head = borderless(doc, 2);
            widths(head, HEAD_LEFT, TEXT_WIDTH - HEAD_LEFT); // the national heading on one line
            XWPFTableCell left = head.getRow(0).getCell(0);
            XWPFTableCell right = head.getRow(0).getCell(1);
            line(left, above.toUpperCase(Messages.VI), false, false, 12, ParagraphAlignment.CENTER);
            line(left, r.orgUnitName().toUpperCase(Messages.VI), true, false, 12, ParagraphAlignment.CENTER);
            line(left, "Số: " + (r.documentNumber() == null ? "     /BC-CTĐ" : r.documentNumber()), false, false, 13,
                    ParagraphAlignment.CENTER);
            line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12, ParagraphAlignment.CENTER);
            line(right, "Độc lập - Tự do - Hạnh phúc", true, false, 13, ParagraphAlignment.CENTER);
            LocalDate day = r.issuedOn() == null ? LocalDate.now(ReportService.VN) : r.issuedOn();
            line(right, placeAndDate(place, day), false, true, 13, ParagraphAlignment.CENTER);

            para(doc, "", false, false, 13, ParagraphAlignment.CENTER);
            para(doc, "BÁO CÁO", true, false, 14, ParagraphAlignment.CENTER);
            para(doc, title(r, l), true, false, 14, ParagraphAlignment.CENTER);
            para(doc, "", false, false, 13, ParagraphAlignment.CENTER);

            para(doc, "I. " + Messages.get(l, "doc.section.results"), true, false, 14, ParagraphAlignment.BOTH);
            body(doc, r.narrative().results());
            int n = 1;
            for (Map.Entry<String, Figures.Section> s : r.figures().sections().entrySet()) {
                para(doc, n++ + ". " + sectionLabel(l, s.getKey()), true, true, 14, ParagraphAlignment.BOTH);
                sectionTable(doc, l, s.getValue());
            }
            boolean appendix = !r.figures().children().isEmpty();
            if (appendix) {
                para(doc, n + ". " + Messages.get(l, "doc.children"), true, true, 14, ParagraphAlignment.BOTH);
                body(doc, Messages.get(l, "doc.children.appendix"));
                if (!r.consolidation().missing().isEmpty()) {
                    para(doc, Messages.get(l, "doc.missing") + " " + String.join("; ", r.consolidation().missing()) + ".",
                            false, true, 13, ParagraphAlignment.BOTH);
                }
            }
            para(doc, "II. " + Messages.get(l, "doc.section.limitations"), true, false, 14, ParagraphAlignment.BOTH);
            body(doc, r.narrative().limitations());
            para(doc, "III. " + Messages.get(l, "doc.section.lessons"), true, false, 14, ParagraphAlignment.BOTH);
            body(doc, r.narrative().lessons());
            para(doc, "IV. " + Messages.get(l, "doc.section.directions"), true, false, 14, ParagraphAlignment.BOTH);
            body(doc, r.narrative().directions());
            para(doc, "V. " + Messages.get(l, "doc.section.proposals"), true, false, 14, ParagraphAlignment.BOTH);
            body(doc, r.narrative().proposals());
            para(doc, "", false, false, 13, ParagraphAlignment.LEFT);

            XWPFTable foot = borderless(doc, 2);
            widths(foot, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
            XWPFTableCell recipients = foot.getRow(0).getCell(0);
            XWPFTableCell sign = foot.getRow(0).getCell(1);
            line(recipients, "Nơi nhận:", true, true, 12, ParagraphAlignment.LEFT);
            List<String> to = r.recipients().isEmpty() ? List.of("Ban Thi đua – Khen thưởng tỉnh", "Thường trực Tỉnh Hội",
                    "Lưu: VT, TĐKT") : r.recipients();
            for (int i = 0; i < to.size(); i++) {
                line(recipients, "- " + to.get(i) + (i == to.size() - 1 ? "." : ";"), false, false, 11,
                        ParagraphAlignment.LEFT);
            }
            if (r.signerPrefix() != null) {
                line(sign, r.signerPrefix().toUpperCase(Messages.VI), true, false, 13, ParagraphAlignment.CENTER);
            }
            if (r.signerTitle() != null) {
                line(sign, r.signerTitle().toUpperCase(Messages.VI), true, false, 13, ParagraphAlignment.CENTER);
            }
            for (int i = 0; i < 4; i++) {
                line(sign, "", false, false, 13, ParagraphAlignment.CENTER);
            }
            if (r.signerName() != null) {
                line(sign, r.signerName(), true, false, 13, ParagraphAlignment.CENTER);
            }
            if (appendix) {
                // the document so far is portrait; the appendix, a wide table, is a landscape section of its own
                XWPFParagraph end = doc.createParagraph();
                page(end.getCTP().addNewPPr().addNewSectPr(), false);
                para(doc, Messages.get(l, "doc.appendix.title"), true, false, 14, ParagraphAlignment.CENTER);
                para(doc, Messages.get(l, "doc.appendix.subtitle"), true, false, 14, ParagraphAlignment.CENTER);
                para(doc, Messages.get(l, "doc.appendix.attached", r.documentNumber() == null ? "     /BC-CTĐ"
                        : r.documentNumber(), title(r, l)), false, true, 13, ParagraphAlignment.CENTER);
                childTable(doc, l, r.figures());
                page(doc.getDocument().getBody().addNewSectPr(), true);
            } else {
                page(doc.getDocument().getBody().addNewSectPr(), false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 with the decree's margins (top, bottom 20 mm; left 30 mm; right 15 mm), portrait or landscape. */
    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT)); // in twentieths of a point
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(landscape ? MARGIN_LEFT : MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(landscape ? MARGIN_RIGHT : MARGIN_TOP));
        mar.setLeft(BigInteger.valueOf(landscape ? MARGIN_TOP : MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(landscape ? MARGIN_TOP : MARGIN_RIGHT));
    }

    /** Fixed column widths in twips (LibreOffice and Word both keep them). */
    private static void widths(XWPFTable t, int... twips) {
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (var row : t.getRows()) {
            for (int c = 0; c < twips.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(Integer.toString(twips[c]));
            }
        }
    }

    private static XWPFTable borderless(XWPFDocument doc, int cols) {
        XWPFTable t = doc.createTable(1, cols);
        t.removeBorders();
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        return t;
    }

    private static void style(XWPFRun run, boolean bold, boolean italic, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static void line(XWPFTableCell cell, String text, boolean bold, boolean italic, int size,
                             ParagraphAlignment align) {
        // a new cell holds one empty paragraph: fill it first, then add more
        XWPFParagraph first = cell.getParagraphs().get(0);
        XWPFParagraph p = first.getRuns().isEmpty() && cell.getParagraphs().size() == 1 ? first : cell.addParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        style(run, bold, italic, size);
        run.setText(text);
    }

    private static void para(XWPFDocument doc, String text, boolean bold, boolean italic, int size,
                             ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(60);
        XWPFRun run = p.createRun();
        style(run, bold, italic, size);
        run.setText(text);
    }

    private static void body(XWPFDocument doc, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String line : text.split("\\r?\\n")) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setFirstLineIndent(567);
            p.setSpacingAfter(60);
            XWPFRun run = p.createRun();
            style(run, false, false, 14);
            run.setText(line);
        }
    }

    /**
     * A section's table; money columns get a table of their own below the counts, so that a province's totals
     * (hundreds of millions of đồng) fit their cells on a portrait page.
     */
    private void sectionTable(XWPFDocument doc, Locale l, Figures.Section s) {
        List<String> counts = s.columns().stream().filter(c -> !isMoney(c)).toList();
        List<String> money = s.columns().stream().filter(ReportExporter::isMoney).toList();
        if (!counts.isEmpty()) {
            sectionTable(doc, l, s, counts);
        }
        if (!money.isEmpty()) {
            if (!counts.isEmpty()) {
                para(doc, "", false, false, 6, ParagraphAlignment.LEFT);
            }
            sectionTable(doc, l, s, money);
        }
    }

    private void sectionTable(XWPFDocument doc, Locale l, Figures.Section s, List<String> cols) {
        XWPFTable t = doc.createTable(s.rows().size() + 2, cols.size() + 1);
        int first = cols.size() <= 2 ? TEXT_WIDTH * 2 / 5 : TEXT_WIDTH * 3 / 10;
        int[] w = new int[cols.size() + 1];
        w[0] = first;
        for (int c = 1; c < w.length; c++) {
            w[c] = (TEXT_WIDTH - first) / cols.size();
        }
        widths(t, w);
        cell(t, 0, 0, Messages.get(l, "doc.table.item"), true);
        for (int c = 0; c < cols.size(); c++) {
            cell(t, 0, c + 1, columnLabel(l, cols.get(c)), true);
        }
        int r = 1;
        for (Figures.Row row : s.rows()) {
            cell(t, r, 0, rowLabel(l, row.key()), false);
            for (int c = 0; c < cols.size(); c++) {
                Long v = row.values().get(cols.get(c));
                cell(t, r, c + 1, v == null ? "" : number(v), false);
            }
            r++;
        }
        cell(t, r, 0, Messages.get(l, "doc.table.total"), true);
        for (int c = 0; c < cols.size(); c++) {
            Long v = s.total().get(cols.get(c));
            cell(t, r, c + 1, v == null ? "" : number(v), true);
        }
    }

    /**
     * The appendix table (landscape): each child unit with each section's first column (how many records,
     * movements, examples) and the money columns; the spreadsheet carries every column.
     */
    private void childTable(XWPFDocument doc, Locale l, Figures f) {
        List<String> cols = appendixColumns(f);
        XWPFTable t = doc.createTable(f.children().size() + 1, cols.size() + 1);
        int width = A4_LONG - 2 * MARGIN_TOP;
        int first = width / 4;
        int[] w = new int[cols.size() + 1];
        w[0] = first;
        for (int c = 1; c < w.length; c++) {
            w[c] = (width - first) / Math.max(1, cols.size());
        }
        widths(t, w);
        cell(t, 0, 0, Messages.get(l, "doc.table.unit"), true);
        for (int c = 0; c < cols.size(); c++) {
            cell(t, 0, c + 1, childColumnLabel(l, cols.get(c)), true);
        }
        int r = 1;
        for (Figures.ChildRow row : f.children()) {
            cell(t, r, 0, row.name(), false);
            for (int c = 0; c < cols.size(); c++) {
                Long v = row.values() == null ? null : row.values().get(cols.get(c));
                cell(t, r, c + 1, v == null ? "" : number(v), false);
            }
            r++;
        }
    }

    static List<String> appendixColumns(Figures f) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Figures.Section> e : f.sections().entrySet()) {
            List<String> cols = e.getValue().columns();
            for (int i = 0; i < cols.size(); i++) {
                if (i == 0 || isMoney(cols.get(i))) {
                    out.add(e.getKey() + "." + cols.get(i));
                }
            }
        }
        List<String> present = childColumns(f);
        return out.stream().filter(present::contains).toList();
    }

    static List<String> childColumns(Figures f) {
        List<String> cols = new ArrayList<>();
        for (Figures.ChildRow row : f.children()) {
            if (row.values() != null) {
                for (String k : row.values().keySet()) {
                    if (!cols.contains(k)) {
                        cols.add(k);
                    }
                }
            }
        }
        return cols;
    }

    String childColumnLabel(Locale l, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return columnLabel(l, key);
        }
        return sectionLabel(l, key.substring(0, dot)) + ": " + columnLabel(l, key.substring(dot + 1));
    }

    private static void cell(XWPFTable t, int row, int col, String text, boolean bold) {
        XWPFTableCell c = t.getRow(row).getCell(col);
        XWPFParagraph p = c.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setAlignment(col == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        XWPFRun run = p.createRun();
        style(run, bold, false, 12);
        run.setText(text);
    }

    // ---------------------------------------------------------------- XLSX

    public byte[] xlsx(ReportView r, Locale l) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            // column headings wrap inside their column rather than run into the next one
            CellStyle heading = wb.createCellStyle();
            heading.setFont(boldFont);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0 \"₫\""));

            Sheet info = wb.createSheet(Messages.get(l, "xlsx.sheet.info"));
            String[][] meta = {
                {Messages.get(l, "xlsx.unit"), r.orgUnitName()},
                {Messages.get(l, "xlsx.period"), periodLabel(r.period(), l) + " (" + DATE.format(r.periodFrom()) + " – "
                        + DATE.format(r.periodTo()) + ")"},
                {Messages.get(l, "xlsx.status"), label(l, "report.status." + r.status().name(), r.status().name())},
                {Messages.get(l, "xlsx.number"), r.documentNumber() == null ? "" : r.documentNumber()}};
            for (int i = 0; i < meta.length; i++) {
                Row row = info.createRow(i);
                row.createCell(0).setCellValue(meta[i][0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(meta[i][1]);
            }
            info.setColumnWidth(0, 20 * 256);
            info.setColumnWidth(1, 60 * 256);
            printable(info);

            for (Map.Entry<String, Figures.Section> e : r.figures().sections().entrySet()) {
                Figures.Section s = e.getValue();
                Sheet sh = wb.createSheet(safeSheet(sectionLabel(l, e.getKey())));
                Row head = sh.createRow(0);
                head.createCell(0).setCellValue(Messages.get(l, "doc.table.item"));
                head.getCell(0).setCellStyle(heading);
                for (int c = 0; c < s.columns().size(); c++) {
                    head.createCell(c + 1).setCellValue(columnLabel(l, s.columns().get(c)));
                    head.getCell(c + 1).setCellStyle(heading);
                }
                int ri = 1;
                for (Figures.Row fr : s.rows()) {
                    Row row = sh.createRow(ri++);
                    row.createCell(0).setCellValue(rowLabel(l, fr.key()));
                    numbers(row, s.columns(), fr.values(), count, money);
                }
                Row total = sh.createRow(ri);
                total.createCell(0).setCellValue(Messages.get(l, "doc.table.total"));
                total.getCell(0).setCellStyle(bold);
                numbers(total, s.columns(), s.total(), count, money);
                sh.setColumnWidth(0, 34 * 256);
                for (int c = 1; c <= s.columns().size(); c++) {
                    sh.setColumnWidth(c, 18 * 256);
                }
                printable(sh);
            }

            Sheet ch = wb.createSheet(safeSheet(Messages.get(l, "doc.children")));
            List<String> cols = childColumns(r.figures());
            Row head = ch.createRow(0);
            head.createCell(0).setCellValue(Messages.get(l, "doc.table.unit"));
            head.getCell(0).setCellStyle(heading);
            for (int c = 0; c < cols.size(); c++) {
                head.createCell(c + 1).setCellValue(childColumnLabel(l, cols.get(c)));
                head.getCell(c + 1).setCellStyle(heading);
                ch.setColumnWidth(c + 1, 18 * 256);
            }
            head.createCell(cols.size() + 1).setCellValue(Messages.get(l, "xlsx.source"));
            head.getCell(cols.size() + 1).setCellStyle(heading);
            ch.setColumnWidth(cols.size() + 1, 22 * 256);
            int ri = 1;
            for (Figures.ChildRow cr : r.figures().children()) {
                Row row = ch.createRow(ri++);
                row.createCell(0).setCellValue(cr.name());
                numbers(row, cols, cr.values() == null ? Map.of() : cr.values(), count, money);
                row.createCell(cols.size() + 1).setCellValue(label(l, "xlsx.source." + cr.source(), cr.source()));
            }
            ch.setColumnWidth(0, 44 * 256);
            printable(ch);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printed (or saved as PDF) landscape, one page wide, the heading row repeated on each page. */
    private static void printable(Sheet sh) {
        sh.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setLandscape(true);
        sh.setFitToPage(true);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    String periodLabel(String code, Locale l) {
        return Messages.get(l, code.contains("S") ? "period.half" : "period.year", code.substring(0, 4));
    }

    private static void numbers(Row row, List<String> cols, Map<String, Long> values, CellStyle count,
                                CellStyle money) {
        for (int c = 0; c < cols.size(); c++) {
            Long v = values.get(cols.get(c));
            if (v != null) {
                var cell = row.createCell(c + 1);
                cell.setCellValue(v);
                cell.setCellStyle(isMoney(cols.get(c)) ? money : count);
            }
        }
    }

    static String safeSheet(String name) {
        String s = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    // ---------------------------------------------------------------- CSV

    public byte[] csv(ReportView r, Locale l) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        row(sb, Messages.get(l, "csv.section"), Messages.get(l, "doc.table.item"), Messages.get(l, "csv.indicator"),
                Messages.get(l, "csv.value"));
        for (Map.Entry<String, Figures.Section> e : r.figures().sections().entrySet()) {
            String section = sectionLabel(l, e.getKey());
            for (Figures.Row fr : e.getValue().rows()) {
                for (String col : e.getValue().columns()) {
                    Long v = fr.values().get(col);
                    row(sb, section, rowLabel(l, fr.key()), columnLabel(l, col), v == null ? "" : v.toString());
                }
            }
            for (String col : e.getValue().columns()) {
                Long v = e.getValue().total().get(col);
                row(sb, section, Messages.get(l, "doc.table.total"), columnLabel(l, col), v == null ? "" : v.toString());
            }
        }
        String children = Messages.get(l, "doc.children");
        for (Figures.ChildRow cr : r.figures().children()) {
            if (cr.values() != null) {
                cr.values().forEach((k, v) -> row(sb, children, cr.name(), childColumnLabel(l, k), v == null ? "" : v.toString()));
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c; // no formulas from data
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            }
            sb.append(c);
        }
        sb.append("\r\n");
    }
}
