package vn.thidua.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.activity.TableExport.Column;
import vn.thidua.activity.TableExport.Kind;
import vn.thidua.common.Rows;

/** The filtered set of activities as CSV or XLSX, Vietnamese headers, newest first. */
@ApplicationScoped
public class ActivityExport {
    static final String SQL = "SELECT a.id, a.type, a.title, a.start_date, a.end_date, a.location, u.name AS org_unit_name,"
            + " a.movement_id, a.nomination_id, a.participants, a.beneficiaries, a.gift_count, a.gift_cash_vnd,"
            + " a.gift_in_kind_vnd, a.status, a.review_comment, a.created_by"
            + " FROM activity a"
            + " JOIN org_unit u ON u.id = a.org_unit_id WHERE ";

    static final List<Column> COLUMNS = List.of(
            new Column("Mã", Kind.ID, rs -> rs.getLong("id")),
            new Column("Loại hoạt động", Kind.TEXT, rs -> ActivityType.valueOf(rs.getString("type")).label),
            new Column("Tiêu đề", Kind.TEXT, rs -> rs.getString("title")),
            new Column("Ngày bắt đầu", Kind.DATE, rs -> rs.getObject("start_date", LocalDate.class)),
            new Column("Ngày kết thúc", Kind.DATE, rs -> rs.getObject("end_date", LocalDate.class)),
            new Column("Địa điểm", Kind.TEXT, rs -> rs.getString("location")),
            new Column("Đơn vị", Kind.TEXT, rs -> rs.getString("org_unit_name")),
            new Column("Mã phong trào", Kind.ID, rs -> Rows.longOrNull(rs, "movement_id")),
            new Column("Mã hồ sơ đề cử", Kind.ID, rs -> Rows.longOrNull(rs, "nomination_id")),
            new Column("Số người tham gia", Kind.COUNT, rs -> Rows.intOrNull(rs, "participants")),
            new Column("Số người thụ hưởng", Kind.COUNT, rs -> Rows.intOrNull(rs, "beneficiaries")),
            new Column("Số suất quà", Kind.COUNT, rs -> Rows.intOrNull(rs, "gift_count")),
            new Column("Tiền mặt (VNĐ)", Kind.VND, rs -> Rows.longOrNull(rs, "gift_cash_vnd")),
            new Column("Hiện vật (VNĐ)", Kind.VND, rs -> Rows.longOrNull(rs, "gift_in_kind_vnd")),
            new Column("Trạng thái", Kind.TEXT, rs -> statusLabel(rs.getString("status"))),
            new Column("Ý kiến kiểm tra", Kind.TEXT, rs -> rs.getString("review_comment")),
            new Column("Người nhập", Kind.TEXT, rs -> rs.getString("created_by")));

    @Inject
    ActivityService service;

    @Inject
    TableExport export;

    /** Scoping and filters are checked now (a 404 or 400 before any byte is sent); rows stream later. */
    public StreamingOutput prepare(TableExport.Format format, ActivityFilter filter) {
        RecordQuery q = service.query(filter);
        String sql = SQL + q.where() + " ORDER BY a.start_date DESC, a.id DESC";
        return out -> export.write(format, sql, q, COLUMNS, "Hoạt động", out);
    }

    public static String statusLabel(String status) {
        return switch (CheckStatus.valueOf(status)) {
            case SUBMITTED -> "Đã gửi";
            case VERIFIED -> "Đã xác nhận";
            case FLAGGED -> "Cần chỉnh sửa";
        };
    }
}
