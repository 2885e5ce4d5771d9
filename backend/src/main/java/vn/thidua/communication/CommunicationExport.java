package vn.thidua.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.activity.ActivityExport;
import vn.thidua.activity.RecordQuery;
import vn.thidua.activity.TableExport;
import vn.thidua.activity.TableExport.Column;
import vn.thidua.activity.TableExport.Kind;
import vn.thidua.common.Rows;

@ApplicationScoped
public class CommunicationExport {
    static final String SQL = "SELECT a.id, a.channel, a.title, a.published_on, a.outlet, a.url, u.name AS org_unit_name,"
            + " a.movement_id, a.nomination_id, a.audience, a.quantity, a.status, a.review_comment, a.created_by"
            + " FROM communication a"
            + " JOIN org_unit u ON u.id = a.org_unit_id WHERE ";

    static final List<Column> COLUMNS = List.of(
            new Column("Mã", Kind.ID, rs -> rs.getLong("id")),
            new Column("Hình thức", Kind.TEXT, rs -> Channel.valueOf(rs.getString("channel")).label),
            new Column("Tiêu đề", Kind.TEXT, rs -> rs.getString("title")),
            new Column("Ngày đăng/phát", Kind.DATE, rs -> rs.getObject("published_on", LocalDate.class)),
            new Column("Cơ quan/kênh", Kind.TEXT, rs -> rs.getString("outlet")),
            new Column("Đường dẫn", Kind.TEXT, rs -> rs.getString("url")),
            new Column("Đơn vị", Kind.TEXT, rs -> rs.getString("org_unit_name")),
            new Column("Mã phong trào", Kind.ID, rs -> Rows.longOrNull(rs, "movement_id")),
            new Column("Mã hồ sơ đề cử", Kind.ID, rs -> Rows.longOrNull(rs, "nomination_id")),
            new Column("Số người tiếp cận", Kind.COUNT, rs -> Rows.intOrNull(rs, "audience")),
            new Column("Số lượng", Kind.COUNT, rs -> Rows.intOrNull(rs, "quantity")),
            new Column("Trạng thái", Kind.TEXT, rs -> ActivityExport.statusLabel(rs.getString("status"))),
            new Column("Ý kiến kiểm tra", Kind.TEXT, rs -> rs.getString("review_comment")),
            new Column("Người nhập", Kind.TEXT, rs -> rs.getString("created_by")));

    @Inject
    CommunicationService service;

    @Inject
    TableExport export;

    public StreamingOutput prepare(TableExport.Format format, CommunicationFilter filter) {
        RecordQuery q = service.query(filter);
        String sql = SQL + q.where() + " ORDER BY a.published_on DESC, a.id DESC";
        return out -> export.write(format, sql, q, COLUMNS, "Tuyên truyền", out);
    }
}
