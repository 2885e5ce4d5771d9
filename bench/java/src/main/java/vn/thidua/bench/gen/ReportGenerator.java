package vn.thidua.bench.gen;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 6-month and annual reports (periods {@code 2022S1}, {@code 2022} … {@code 2026S1}, {@code 2026}, cut as
 * {@code Periods} cuts them: the year from 15/12 of the year before, its first half to 14/06), one per unit and
 * period (the table's unique pair) among the units valid in the period — the root, departments, districts and
 * communes. Closed periods' reports are mostly APPROVED or SENT, some SUBMITTED, RETURNED or still DRAFT; the open
 * year's are drafts. A report that went through SUBMIT carries its document number ({@code NN/BC-CTĐ}, per unit and
 * year of submission, with {@code document_sequence} kind BC left at the next free number) and its
 * {@code report_transition} rows; SUBMITTED, APPROVED and SENT ones carry the frozen figures ({@code figures_json},
 * a {@code Figures} as {@code FiguresService.compute} makes it, computed here from the generated records with the
 * same SQL, grouped by ancestor so that one statement per section and period serves every unit).
 * The province's 2025 report is left out: the docx scenario files it through the API.
 * The unique pair caps the count: the ~200-unit tree has about 1,140 (unit, period) pairs in the five years.
 */
public final class ReportGenerator implements RecordGenerator {
    static final String SYMBOL = "BC-CTĐ";
    static final String[] KINDS = {"REGULAR", "THEMATIC", "CAMPAIGN"};
    static final String[] TYPES = {"EXCHANGE", "EXPERIENCE_LEARNING", "FIELD_VISIT", "GIFT_VISIT"};
    static final String[] ACT_COLS = {"records", "participants", "beneficiaries", "gifts", "cashVnd", "inKindVnd"};
    static final String[] CHANNELS = {"NEWSPAPER", "RADIO_TV", "WEBSITE", "SOCIAL_MEDIA", "MEETING", "PRINTED"};
    static final String[] COMM_COLS = {"records", "audience", "quantity"};
    static final String[] CATEGORIES = {"ADVANCED_EXAMPLE", "NEW_MODEL", "NEW_FACTOR", "GOOD_DEED"};
    static final String[] NOM_COLS = {"newInPeriod", "recognized", "honored", "replicated"};
    static final String[] NOM_SQL = {
        "select c.ancestor_id, n.category, count(*) from nomination n join org_unit_closure c on c.descendant_id = "
            + "n.org_unit_id where n.submitted_on between ? and ? group by 1, 2",
        "select c.ancestor_id, n.category, count(*) from nomination_event e join nomination n on n.id = e.nomination_id "
            + "join org_unit_closure c on c.descendant_id = n.org_unit_id where e.action = 'RECOGNIZE' and date(e.at) "
            + "between ? and ? group by 1, 2",
        "select c.ancestor_id, n.category, count(*) from nomination n join org_unit_closure c on c.descendant_id = "
            + "n.org_unit_id where n.honor_decision_date between ? and ? group by 1, 2",
        "select c.ancestor_id, n.category, count(*) from nomination_replication r join nomination n on n.id = "
            + "r.nomination_id join org_unit_closure c on c.descendant_id = n.org_unit_id where r.replicated_on between "
            + "? and ? group by 1, 2"};

    record OrgUnit(long id, String name, String level, Long parentId, LocalDate validFrom, LocalDate validTo) {
        boolean activeBetween(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
        }
    }

    record Period(String code, LocalDate from, LocalDate to) {
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public long baseCount() {
        return 5_000;
    }

    @Override
    public String[] requiredTables() {
        return new String[] {"report", "report_transition", "document_sequence", "activity", "communication",
            "nomination", "nomination_event", "nomination_replication", "movement", "movement_registration"};
    }

    static List<Period> periods() {
        List<Period> out = new ArrayList<>();
        for (int y = 2022; y <= 2026; y++) {
            out.add(new Period(y + "S1", LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 6, 14)));
            out.add(new Period(String.valueOf(y), LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 12, 14)));
        }
        return out;
    }

    private record Pair(OrgUnit unit, Period period) {
    }

    @Override
    public long generate(GenContext ctx) throws Exception {
        Random r = ctx.random;
        LocalDate today = ctx.today();
        Map<Long, OrgUnit> units = new LinkedHashMap<>();
        try (var st = ctx.conn.createStatement();
             ResultSet rs = st.executeQuery("select id, name, level, parent_id, valid_from, valid_to from org_unit order by name, id")) {
            while (rs.next()) {
                long pid = rs.getLong(4);
                Date to = rs.getDate(6);
                units.put(rs.getLong(1), new OrgUnit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        pid == 0 ? null : pid, rs.getDate(5).toLocalDate(), to == null ? null : to.toLocalDate()));
            }
        }

        List<Pair> pairs = new ArrayList<>();
        for (Period p : periods()) {
            for (OrgUnit u : units.values()) {
                if (u.activeBetween(p.from(), p.to()) && !(u.id() == ctx.rootId && p.code().equals("2025"))) {
                    pairs.add(new Pair(u, p));
                }
            }
        }
        long wanted = ctx.scaled(baseCount(), 10);
        if (wanted > pairs.size()) {
            System.out.printf("  reports: %,d wanted, %,d (unit, period) pairs exist in the five years (one report "
                    + "per unit and period): all of them%n", wanted, pairs.size());
        }
        Collections.shuffle(pairs, r);
        List<Pair> chosen = new ArrayList<>(pairs.subList(0, (int) Math.min(wanted, pairs.size())));
        chosen.sort(Comparator.comparing((Pair x) -> x.period().to()).thenComparing(x -> x.period().code())
                .thenComparing(x -> x.unit().id()));

        Map<String, Integer> next = new HashMap<>();
        try (var st = ctx.conn.createStatement();
             ResultSet rs = st.executeQuery("select org_unit_id, year, next_value from document_sequence where kind = 'BC'")) {
            while (rs.next()) {
                next.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3));
            }
        }
        Map<String, Snapshot> snapshots = new HashMap<>();
        List<String> officers = ctx.officerNames.isEmpty() ? List.of("admin") : ctx.officerNames;
        List<String> reviewers = ctx.reviewerNames.isEmpty() ? List.of("admin") : ctx.reviewerNames;
        long id = ctx.nextId("report");
        long tid = ctx.nextId("report_transition");
        long rows = 0;
        // numbers in order of submission: assign after deciding every report's dates
        record Planned(Pair pair, String status, Timestamp created, Timestamp submitted, Timestamp returned,
                       Timestamp approved, Timestamp sent) {
        }
        List<Planned> plans = new ArrayList<>();
        for (Pair x : chosen) {
            Period p = x.period();
            LocalDate start = p.from().plusDays(r.nextInt(20));
            Timestamp created = ctx.officeTime(start.isAfter(today) ? today : start, r);
            LocalDate due = p.to().plusDays(1);
            if (!due.isBefore(today)) {
                plans.add(new Planned(x, "DRAFT", created, null, null, null, null));
                continue;
            }
            int k = r.nextInt(100);
            String status = k < 8 ? "DRAFT" : k < 13 ? "RETURNED" : k < 28 ? "SUBMITTED" : k < 65 ? "APPROVED" : "SENT";
            if (status.equals("DRAFT")) {
                plans.add(new Planned(x, status, created, null, null, null, null));
                continue;
            }
            LocalDate subDay = due.plusDays(r.nextInt(r.nextInt(5) == 0 ? 30 : 8));
            Timestamp submitted = ctx.officeTime(subDay.isAfter(today) ? today : subDay, r);
            Timestamp returned = status.equals("RETURNED") ? later(ctx, submitted, 1 + r.nextInt(10), r) : null;
            Timestamp approved = status.equals("APPROVED") || status.equals("SENT")
                    ? later(ctx, submitted, 1 + r.nextInt(15), r) : null;
            Timestamp sent = status.equals("SENT") ? later(ctx, approved, 1 + r.nextInt(10), r) : null;
            plans.add(new Planned(x, status, created, submitted, returned, approved, sent));
        }
        Map<Planned, String> numbers = new java.util.IdentityHashMap<>();
        Map<Planned, LocalDate> issued = new java.util.IdentityHashMap<>();
        plans.stream().filter(pl -> pl.submitted() != null).sorted(Comparator.comparing(Planned::submitted))
                .forEach(pl -> {
                    // the Vietnamese day of the submission (UTC + 7)
                    LocalDate day = pl.submitted().toLocalDateTime().plusHours(7).toLocalDate();
                    String key = pl.pair().unit().id() + "/" + day.getYear();
                    int seq = next.getOrDefault(key, 1);
                    next.put(key, seq + 1);
                    numbers.put(pl, String.format("%02d/%s", seq, SYMBOL));
                    issued.put(pl, day);
                });

        try (TableInsert ins = new TableInsert(ctx.conn, "report", "id", "org_unit_id", "period_code", "period_year",
                "status", "results", "limitations", "lessons", "directions", "proposals", "recipients",
                "document_number", "signer_name", "signer_title", "signer_prefix", "figures_json", "snapshot_at",
                "submitted_at", "approved_at", "sent_at", "issued_on", "version", "created_at", "updated_at");
             TableInsert trans = new TableInsert(ctx.conn, "report_transition", "id", "report_id", "action",
                     "from_status", "to_status", "actor", "at", "comment")) {
            for (Planned pl : plans) {
                OrgUnit u = pl.pair().unit();
                Period p = pl.pair().period();
                boolean frozen = pl.status().equals("SUBMITTED") || pl.status().equals("APPROVED")
                        || pl.status().equals("SENT");
                String json = null;
                Timestamp snapshotAt = null;
                if (frozen) {
                    Snapshot s = snapshots.get(p.code());
                    if (s == null) {
                        s = new Snapshot(ctx, p);
                        snapshots.put(p.code(), s);
                    }
                    json = s.figuresJson(u, units);
                    snapshotAt = Timestamp.valueOf(pl.submitted().toLocalDateTime().withNano(0));
                }
                String editor = officers.get(r.nextInt(officers.size()));
                String approver = reviewers.get(r.nextInt(reviewers.size()));
                int version = 0;
                Timestamp updated = pl.created();
                if (pl.submitted() != null) {
                    trans.row(tid++, id, "SUBMIT", "DRAFT", "SUBMITTED", editor, pl.submitted(), null);
                    version++;
                    updated = pl.submitted();
                }
                if (pl.returned() != null) {
                    trans.row(tid++, id, "RETURN", "SUBMITTED", "RETURNED", approver, pl.returned(),
                            "Đề nghị bổ sung số liệu và đánh giá hạn chế.");
                    version++;
                    updated = pl.returned();
                }
                if (pl.approved() != null) {
                    trans.row(tid++, id, "APPROVE", "SUBMITTED", "APPROVED", approver, pl.approved(), null);
                    version++;
                    updated = pl.approved();
                }
                if (pl.sent() != null) {
                    trans.row(tid++, id, "SEND", "APPROVED", "SENT", approver, pl.sent(), null);
                    version++;
                    updated = pl.sent();
                }
                boolean half = p.code().endsWith("S1");
                String what = (half ? "6 tháng đầu năm " : "năm ") + p.code().substring(0, 4);
                boolean vice = r.nextBoolean();
                ins.row(id, u.id(), p.code(), Integer.parseInt(p.code().substring(0, 4)), pl.status(),
                        "Trong " + what + ", " + u.name() + " đã triển khai các phong trào thi đua, tổ chức thăm hỏi, "
                                + "tặng quà và vận động hiến máu tình nguyện đạt kết quả tốt.",
                        "Một số chi hội chưa báo cáo kịp thời; nguồn lực vận động còn hạn chế.",
                        "Phát huy vai trò tình nguyện viên; phối hợp chặt chẽ với chính quyền địa phương.",
                        "Tiếp tục đẩy mạnh phong trào \"Tết Nhân ái\" và hiến máu tình nguyện.",
                        "Đề nghị cấp trên hỗ trợ kinh phí tập huấn sơ cấp cứu.",
                        "Ban Thường vụ Hội cấp trên\nThường trực Đảng ủy, UBND\nLưu: VT", numbers.get(pl),
                        Vn.fullName(r, r.nextBoolean()), vice ? "Phó Chủ tịch" : "Chủ tịch", vice ? "KT. Chủ tịch" : null,
                        json, snapshotAt, pl.submitted(), pl.approved(), pl.sent(),
                        issued.containsKey(pl) ? Date.valueOf(issued.get(pl)) : null, version, pl.created(), updated);
                id++;
            }
            rows += ins.rows() + trans.rows();
        }
        if (!snapshots.isEmpty()) {
            System.out.printf("  reports: frozen figures of %d periods computed from the records in %.1f s%n",
                    snapshots.size(), snapshots.values().stream().mapToDouble(s -> s.seconds).sum());
        }
        try (var up = ctx.conn.prepareStatement("insert into document_sequence (org_unit_id, year, kind, next_value) "
                + "values (?, ?, 'BC', ?) on duplicate key update next_value = values(next_value)")) {
            for (Map.Entry<String, Integer> e : next.entrySet()) {
                String[] k = e.getKey().split("/");
                up.setLong(1, Long.parseLong(k[0]));
                up.setInt(2, Integer.parseInt(k[1]));
                up.setInt(3, e.getValue());
                up.addBatch();
                rows++;
            }
            up.executeBatch();
        }
        return rows;
    }

    private static Timestamp later(GenContext ctx, Timestamp t, int days, Random r) {
        LocalDateTime at = t.toLocalDateTime().plusDays(days).withHour(1).plusSeconds(r.nextInt(9 * 3600));
        Timestamp ts = Timestamp.valueOf(at);
        if (ts.before(t)) {
            ts = t;
        }
        return ts.after(ctx.now) ? ctx.now : ts;
    }

    /**
     * Every unit's figures of one period (what {@code FiguresService.compute} gives for it), from one grouped
     * statement per section: values per (ancestor, key).
     */
    static final class Snapshot {
        final Period p;
        final Map<Long, Map<String, long[]>> act = new HashMap<>();
        final Map<Long, Map<String, long[]>> comm = new HashMap<>();
        final Map<Long, Map<String, long[]>> nom = new HashMap<>();
        final Map<Long, Map<String, long[]>> reg = new HashMap<>();
        final Map<String, Long> active = new HashMap<>();
        final double seconds;

        Snapshot(GenContext ctx, Period p) throws SQLException {
            long t0 = System.nanoTime();
            this.p = p;
            grouped(ctx, "select c.ancestor_id, t.type, count(*), coalesce(sum(t.participants), 0), "
                    + "coalesce(sum(t.beneficiaries), 0), coalesce(sum(t.gift_count), 0), coalesce(sum(t.gift_cash_vnd), 0), "
                    + "coalesce(sum(t.gift_in_kind_vnd), 0) from activity t join org_unit_closure c on c.descendant_id = "
                    + "t.org_unit_id where t.start_date between ? and ? and t.status <> 'FLAGGED' group by 1, 2", act, 6, -1);
            grouped(ctx, "select c.ancestor_id, t.channel, count(*), coalesce(sum(t.audience), 0), "
                    + "coalesce(sum(t.quantity), 0) from communication t join org_unit_closure c on c.descendant_id = "
                    + "t.org_unit_id where t.published_on between ? and ? and t.status <> 'FLAGGED' group by 1, 2", comm, 3, -1);
            for (int i = 0; i < NOM_SQL.length; i++) {
                grouped(ctx, NOM_SQL[i], nom, 4, i);
            }
            String overlap = "m.start_date <= ? and (m.end_date is null or m.end_date >= ?)";
            try (PreparedStatement ps = ctx.conn.prepareStatement("select m.kind, count(*) from movement m where "
                    + overlap + " group by m.kind")) {
                ps.setDate(1, Date.valueOf(p.to()));
                ps.setDate(2, Date.valueOf(p.from()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        active.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement ps = ctx.conn.prepareStatement("select c.ancestor_id, m.kind, count(r.id) from "
                    + "movement_registration r join movement m on m.id = r.movement_id join org_unit_closure c on "
                    + "c.descendant_id = r.org_unit_id where " + overlap + " group by 1, 2")) {
                ps.setDate(1, Date.valueOf(p.to()));
                ps.setDate(2, Date.valueOf(p.from()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reg.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                                new long[] {rs.getLong(3)});
                    }
                }
            }
            seconds = (System.nanoTime() - t0) / 1e9;
        }

        /** rows (ancestor, key, v1..vn) into out; column >= 0: one count into that column of n. */
        private void grouped(GenContext ctx, String sql, Map<Long, Map<String, long[]>> out, int n, int column)
                throws SQLException {
            try (PreparedStatement ps = ctx.conn.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(p.from()));
                ps.setDate(2, Date.valueOf(p.to()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long[] v = out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new long[n]);
                        if (column >= 0) {
                            v[column] = rs.getLong(3);
                        } else {
                            for (int i = 0; i < n; i++) {
                                v[i] = rs.getLong(3 + i);
                            }
                        }
                    }
                }
            }
        }

        private static long[] of(Map<Long, Map<String, long[]>> m, long unit, String key, int n) {
            long[] v = m.getOrDefault(unit, Map.of()).get(key);
            return v == null ? new long[n] : v;
        }

        /** A section: {"columns":[...],"rows":[{"key":..,"values":{..}}],"total":{..}}. */
        private static void section(StringBuilder sb, String[] keys, String[] cols, java.util.function.Function<String, long[]> values) {
            long[] total = new long[cols.length];
            sb.append("{\"columns\":[");
            for (int i = 0; i < cols.length; i++) {
                sb.append(i == 0 ? "" : ",").append('"').append(cols[i]).append('"');
            }
            sb.append("],\"rows\":[");
            for (int k = 0; k < keys.length; k++) {
                long[] v = values.apply(keys[k]);
                sb.append(k == 0 ? "" : ",").append("{\"key\":\"").append(keys[k]).append("\",\"values\":");
                obj(sb, "", cols, v);
                sb.append('}');
                for (int i = 0; i < cols.length; i++) {
                    total[i] += v[i];
                }
            }
            sb.append("],\"total\":");
            obj(sb, "", cols, total);
            sb.append('}');
        }

        private static void obj(StringBuilder sb, String prefix, String[] cols, long[] v) {
            sb.append('{');
            for (int i = 0; i < cols.length; i++) {
                sb.append(i == 0 ? "" : ",").append('"').append(prefix).append(cols[i]).append("\":").append(v[i]);
            }
            sb.append('}');
        }

        /** The headline columns of a child's subtree, keyed section.column, in the sources' order. */
        private void headline(StringBuilder sb, long unit) {
            long regs = 0;
            for (String k : KINDS) {
                regs += of(reg, unit, k, 1)[0];
            }
            long[] a = new long[ACT_COLS.length];
            for (String t : TYPES) {
                long[] v = of(act, unit, t, ACT_COLS.length);
                for (int i = 0; i < a.length; i++) {
                    a[i] += v[i];
                }
            }
            long[] c = new long[COMM_COLS.length];
            for (String t : CHANNELS) {
                long[] v = of(comm, unit, t, COMM_COLS.length);
                for (int i = 0; i < c.length; i++) {
                    c[i] += v[i];
                }
            }
            long[] nm = new long[NOM_COLS.length];
            for (String t : CATEGORIES) {
                long[] v = of(nom, unit, t, NOM_COLS.length);
                for (int i = 0; i < nm.length; i++) {
                    nm[i] += v[i];
                }
            }
            sb.append("{\"movements.registrations\":").append(regs);
            for (int i = 0; i < ACT_COLS.length; i++) {
                sb.append(",\"activities.").append(ACT_COLS[i]).append("\":").append(a[i]);
            }
            for (int i = 0; i < COMM_COLS.length; i++) {
                sb.append(",\"communications.").append(COMM_COLS[i]).append("\":").append(c[i]);
            }
            for (int i = 0; i < NOM_COLS.length; i++) {
                sb.append(",\"nominations.").append(NOM_COLS[i]).append("\":").append(nm[i]);
            }
            sb.append('}');
        }

        String figuresJson(OrgUnit u, Map<Long, OrgUnit> units) {
            StringBuilder sb = new StringBuilder(4096);
            sb.append("{\"orgUnitId\":").append(u.id()).append(",\"orgUnitName\":");
            str(sb, u.name());
            sb.append(",\"period\":\"").append(p.code()).append("\",\"from\":\"").append(p.from())
                    .append("\",\"to\":\"").append(p.to()).append("\",\"sections\":{\"movements\":");
            section(sb, KINDS, new String[] {"active", "registrations"},
                    k -> new long[] {active.getOrDefault(k, 0L), of(reg, u.id(), k, 1)[0]});
            sb.append(",\"activities\":");
            section(sb, TYPES, ACT_COLS, k -> of(act, u.id(), k, ACT_COLS.length));
            sb.append(",\"communications\":");
            section(sb, CHANNELS, COMM_COLS, k -> of(comm, u.id(), k, COMM_COLS.length));
            sb.append(",\"nominations\":");
            section(sb, CATEGORIES, NOM_COLS, k -> of(nom, u.id(), k, NOM_COLS.length));
            sb.append("},\"children\":[");
            List<OrgUnit> children = units.values().stream()
                    .filter(c -> c.parentId() != null && c.parentId() == u.id() && c.activeBetween(p.from(), p.to()))
                    .toList(); // in the database's order of names (its Vietnamese collation), as the service lists them
            boolean first = true;
            for (OrgUnit c : children) {
                sb.append(first ? "" : ",").append("{\"orgUnitId\":").append(c.id()).append(",\"name\":");
                str(sb, c.name());
                sb.append(",\"level\":\"").append(c.level()).append("\",\"validTo\":")
                        .append(c.validTo() == null ? "null" : "\"" + c.validTo() + "\"").append(",\"values\":");
                headline(sb, c.id());
                sb.append(",\"source\":\"LIVE\",\"reportId\":null,\"reportStatus\":null}");
                first = false;
            }
            sb.append("]}");
            return sb.toString();
        }

        private static void str(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (ch < 0x20) {
                            sb.append(String.format("\\u%04x", (int) ch));
                        } else {
                            sb.append(ch);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }
}
