package vn.thidua.activity;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.thidua.common.ProblemException;

/**
 * Streams a filtered set as CSV (UTF-8 with a BOM, so Excel reads Vietnamese) or XLSX (POI's streaming
 * workbook: a window of rows in memory, numbers as numbers, VND as {@code #,##0 "₫"}), straight from a
 * forward-only JDBC cursor: a million rows never sit in memory.
 */
@ApplicationScoped
public class TableExport {
    public enum Kind { ID, TEXT, DATE, COUNT, VND }

    /** A column: its Vietnamese header, how it is shown, and how it is read from the row. */
    public record Column(String header, Kind kind, RowReader reader) {
    }

    @FunctionalInterface
    public interface RowReader {
        Object read(ResultSet rs) throws SQLException;
    }

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Format parse(String s) {
            if (s != null) {
                for (Format f : values()) {
                    if (f.extension.equalsIgnoreCase(s.trim())) {
                        return f;
                    }
                }
            }
            throw ProblemException.invalid("format", "export-format");
        }
    }

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AgroalDataSource dataSource;

    public void write(Format format, String sql, RecordQuery query, List<Column> columns, String sheetName,
                      OutputStream out) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream rows instead of buffering the result
            query.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (format == Format.CSV) {
                    csv(rs, columns, out);
                } else {
                    xlsx(rs, columns, sheetName, out);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(ResultSet rs, List<Column> columns, OutputStream out) throws IOException, SQLException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        for (int i = 0; i < columns.size(); i++) {
            w.write(i == 0 ? "" : ",");
            w.write(csvText(columns.get(i).header()));
        }
        w.write("\r\n");
        while (rs.next()) {
            for (int i = 0; i < columns.size(); i++) {
                Object v = columns.get(i).reader().read(rs);
                w.write(i == 0 ? "" : ",");
                if (v instanceof LocalDate d) {
                    w.write(VN_DATE.format(d));
                } else if (v instanceof Number n) {
                    w.write(Long.toString(n.longValue()));
                } else if (v != null) {
                    w.write(csvText(v.toString()));
                }
            }
            w.write("\r\n");
        }
        w.flush();
    }

    static String csvText(String s) {
        // a cell starting like a formula is quoted with a leading apostrophe (CSV injection)
        String t = s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r") || !t.equals(s)) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }

    private void xlsx(ResultSet rs, List<Column> columns, String sheetName, OutputStream out)
            throws IOException, SQLException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(sheetName);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle vnd = wb.createCellStyle();
            vnd.setDataFormat(wb.createDataFormat().getFormat("#,##0 \"₫\""));
            CellStyle vndBold = wb.createCellStyle();
            vndBold.cloneStyleFrom(vnd);
            vndBold.setFont(bold);
            CellStyle countBold = wb.createCellStyle();
            countBold.cloneStyleFrom(count);
            countBold.setFont(bold);

            Row h = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(head);
                sheet.setColumnWidth(i, columns.get(i).kind() == Kind.TEXT ? 40 * 256 : 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            long[] sums = new long[columns.size()];
            int r = 1;
            while (rs.next()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Column col = columns.get(i);
                    Object v = col.reader().read(rs);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    switch (col.kind()) {
                        case DATE -> {
                            c.setCellValue((LocalDate) v);
                            c.setCellStyle(date);
                        }
                        case COUNT, VND -> {
                            long n = ((Number) v).longValue();
                            sums[i] += n;
                            c.setCellValue(n);
                            c.setCellStyle(col.kind() == Kind.VND ? vnd : count);
                        }
                        case ID -> c.setCellValue(((Number) v).longValue());
                        default -> c.setCellValue(v.toString());
                    }
                }
            }
            Row total = sheet.createRow(r);
            Cell label = total.createCell(0);
            label.setCellValue("Tổng cộng");
            label.setCellStyle(head);
            for (int i = 0; i < columns.size(); i++) {
                Kind k = columns.get(i).kind();
                if (k == Kind.COUNT || k == Kind.VND) {
                    Cell c = total.createCell(i);
                    c.setCellValue(sums[i]);
                    c.setCellStyle(k == Kind.VND ? vndBold : countBold);
                }
            }
            wb.write(out);
            out.flush();
        }
    }

    public static String fileName(String base, Format f) {
        return base + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "." + f.extension.toLowerCase(Locale.ROOT);
    }
}
