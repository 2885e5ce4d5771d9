package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.auth.Role.ADMIN;
import static vn.thidua.auth.Role.BRANCH_OFFICER;
import static vn.thidua.auth.Role.LEADER;
import static vn.thidua.auth.Role.PROVINCIAL_OFFICER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.thidua.auth.Role;
import vn.thidua.security.ContractOperations.Op;
import vn.thidua.security.Fixtures.Caller;
import vn.thidua.security.Fixtures.Side;
import vn.thidua.support.Api;
import vn.thidua.support.Uploads;

/**
 * The access matrix: every operation of openapi.yaml, called without a token, with forged tokens (expired,
 * tampered, {@code alg: none}, signed by another key; in the header and in the cookie), and as every role on a
 * record of its own subtree and on one of another branch's. The table below says, per operation, who may; the
 * test proves nobody else gets a 2xx, that refused writes change no table, and that no response shows a record
 * of a subtree its caller does not see.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final String STALE = "\"987654321\"";
    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    enum Kind { PUBLIC, READ, WRITE, KEY_ONLY }

    /** REFUSED: a request that would succeed for someone allowed. ALLOWED: one that passes the gate but changes nothing lasting where it can. */
    enum Mode { REFUSED, ALLOWED }

    interface Calls {
        List<Call> build(Side side, Mode mode);
    }

    /**
     * One row per operation: who may call it (a role, and for the audit log a place) and whether its path or
     * filter names a record of a side. Public rows say the status every caller gets.
     */
    record Row(String op, Kind kind, String who, Predicate<Caller> may, boolean perSide, Calls calls, int publicStatus) {
    }

    @Inject
    DataSource ds;

    private Fixtures f;
    private final List<String> failures = new ArrayList<>();
    private final List<String> leaks = new ArrayList<>();
    private final Set<String> undocumented = new TreeSet<>();
    private int probes;

    // ---------------------------------------------------------------- the table

    private List<Row> table() {
        List<Row> t = new ArrayList<>();
        // auth and system
        t.add(open("ping", 200, s -> Call.get("/api/v1/ping")));
        t.add(open("login", 200, s -> Call.post("/api/v1/auth/login",
                Map.of("username", "canbo.xa", "password", Fixtures.PASSWORD))));
        t.add(open("logout", 204, s -> Call.of("POST", "/api/v1/auth/logout")));
        t.add(read("getMe", EVERY_ROLE, false, s -> Call.get("/api/v1/me")));
        t.add(write("changeMyPassword", EVERY_ROLE, false, (s, m) -> Call.put("/api/v1/me/password", Map.of(
                "currentPassword", m == Mode.REFUSED ? Fixtures.PASSWORD : "Sai@MatKhau2026",
                "newPassword", "MatKhau@Moi2026x"), null)));
        // users and org units (administrators, within their subtree)
        t.add(read("listUsers", Set.of(ADMIN), true, s -> Call.get("/api/v1/users").q("orgUnitId", f.unit.get(s))
                .q("q", f.tag)));
        t.add(write("createUser", Set.of(ADMIN), false, (s, m) -> Call.post("/api/v1/users",
                f.userBody(f.unique("mx.new."), "Người dùng mới", BRANCH_OFFICER, f.chapter.get(Side.A)))));
        t.add(read("getUser", Set.of(ADMIN), true, s -> Call.get(user(s))));
        t.add(write("updateUser", Set.of(ADMIN), true, (s, m) -> Call.put(user(s), f.userUpdate(s),
                tag(m, user(s), "admin"))));
        t.add(read("listOrgUnits", EVERY_ROLE, false, s -> Call.get("/api/v1/org-units").q("q", f.tag)));
        t.add(write("createOrgUnit", Set.of(ADMIN), false, (s, m) -> Call.post("/api/v1/org-units",
                f.unitBody(f.chapter.get(Side.A), "Chi hội mới"))));
        t.add(read("getOrgUnit", EVERY_ROLE, true, s -> Call.get(unit(s))));
        t.add(read("getOrgUnitSubtree", EVERY_ROLE, true, s -> Call.get("/api/v1/org-units/" + f.unit.get(s) + "/subtree")));
        t.add(write("updateOrgUnit", Set.of(ADMIN), true, (s, m) -> Call.put(unit(s), unitWrite(s),
                tag(m, unit(s), "admin"))));
        t.add(write("deleteOrgUnit", Set.of(ADMIN), true, (s, m) -> Call.delete("/api/v1/org-units/" + f.spare.get(s),
                tag(m, "/api/v1/org-units/" + f.spare.get(s), "admin"))));
        // the audit log shows every branch's records: only an administrator of the province reads it
        t.add(new Row("listAuditEvents", Kind.READ, "ADMIN of the province", c -> c.role() == ADMIN && c.atRoot(),
                false, (s, m) -> List.of(Call.get("/api/v1/audit-events").q("size", 100)), 0));
        // plans: managers write; branch officers do not see drafts
        t.add(read("listPlans", EVERY_ROLE, false, s -> Call.get("/api/v1/plans").q("q", f.tag)));
        t.add(write("createPlan", Set.of(ADMIN, PROVINCIAL_OFFICER), false, (s, m) -> Call.post("/api/v1/plans",
                f.planBody(Side.A))));
        t.add(read("getPlan", Set.of(ADMIN, PROVINCIAL_OFFICER, LEADER), true, s -> Call.get(plan(s))));
        t.add(write("updatePlan", Set.of(ADMIN, PROVINCIAL_OFFICER), true, (s, m) -> Call.put(plan(s), f.planBody(s),
                tag(m, plan(s), "canbo.tinh"))));
        t.add(write("transitionPlan", Set.of(ADMIN, PROVINCIAL_OFFICER), true, (s, m) -> Call.post(plan(s) + "/transitions",
                m == Mode.REFUSED ? Map.of("action", "ISSUE") : Map.of("action", "ISSUE", "issuedOn", "2999-01-01"))));
        // movements are province-wide; registrations belong to a unit
        t.add(read("listMovements", EVERY_ROLE, false, s -> Call.get("/api/v1/movements")));
        t.add(write("createMovement", Set.of(ADMIN, PROVINCIAL_OFFICER), false, (s, m) -> Call.post("/api/v1/movements",
                f.movementBody())));
        t.add(read("getMovement", EVERY_ROLE, false, s -> Call.get(movement())));
        t.add(write("updateMovement", Set.of(ADMIN, PROVINCIAL_OFFICER), false, (s, m) -> Call.put(movement(),
                movementWrite(), tag(m, movement(), "canbo.tinh"))));
        Set<Role> registrars = Set.of(ADMIN, PROVINCIAL_OFFICER, BRANCH_OFFICER);
        t.add(read("listRegistrations", EVERY_ROLE, true, s -> Call.get(movement() + "/registrations")
                .q("orgUnitId", f.unit.get(s))));
        t.add(read("listUnregisteredUnits", EVERY_ROLE, true, s -> Call.get(movement() + "/unregistered-units")
                .q("orgUnitId", f.unit.get(s))));
        t.add(write("createRegistration", registrars, false, (s, m) -> Call.post(movement() + "/registrations",
                Map.of("commitments", "Cam kết thi đua"))));
        t.add(read("getRegistration", EVERY_ROLE, true, s -> Call.get(registration(s))));
        t.add(write("updateRegistration", registrars, true, (s, m) -> Call.put(registration(s),
                Map.of("commitments", "Cam kết " + f.marker.get(s)), tag(m, registration(s), "canbo.tinh"))));
        t.add(write("deleteRegistration", registrars, true, (s, m) -> Call.delete(registration(s),
                tag(m, registration(s), "canbo.tinh"))));
        // nominations: officers nominate, the provincial officer reviews, everyone of the subtree reads
        Set<Role> nominators = Set.of(BRANCH_OFFICER, PROVINCIAL_OFFICER);
        t.add(read("listNominations", EVERY_ROLE, true, s -> Call.get("/api/v1/nominations")
                .q("orgUnitId", f.unit.get(s)).q("q", f.tag)));
        t.add(read("countNominations", EVERY_ROLE, true, s -> Call.get("/api/v1/nominations/counts")
                .q("orgUnitId", f.unit.get(s))));
        t.add(write("createNomination", nominators, false, (s, m) -> Call.post("/api/v1/nominations",
                f.nominationBody(Side.A, "Gương mới"))));
        t.add(read("getNomination", EVERY_ROLE, true, s -> Call.get(nomination(s))));
        t.add(read("getNominationHistory", EVERY_ROLE, true, s -> Call.get(nomination(s) + "/history")));
        t.add(read("listNominationReplications", EVERY_ROLE, true, s -> Call.get(nomination(s) + "/replications")));
        t.add(write("updateNomination", nominators, true, (s, m) -> Call.put(nomination(s),
                f.nominationBody(s, "Gương " + f.marker.get(s)), tag(m, nomination(s), "canbo.tinh"))));
        t.add(write("transitionNomination", nominators, true, (s, m) -> Call.post(nomination(s) + "/transitions",
                Map.of("action", "SUBMIT")).ifMatch(tag(m, nomination(s), "canbo.tinh"))));
        // the public website: drafts never show, whoever asks
        t.add(open("listPublicExamples", 200, s -> Call.get("/api/v1/public/examples").q("size", 100)));
        t.add(open("getPublicExamplesFeed", 200, s -> Call.get("/api/v1/public/examples/feed.json")));
        t.add(open("getPublicExample", 404, s -> Call.get("/api/v1/public/examples/" + f.nomination.get(Side.A))));
        t.add(open("getPublicExamplePhoto", 404, s -> Call.get("/api/v1/public/examples/" + f.nomination.get(Side.A)
                + "/photo")));
        // attachments follow their record
        t.add(new Row("listAttachments", Kind.READ, "every role", c -> true, true, (s, m) -> List.of(
                Call.get(nomination(s) + "/attachments"), Call.get(activity(s) + "/attachments"),
                Call.get(communication(s) + "/attachments")), 0));
        t.add(new Row("uploadAttachment", Kind.WRITE, roles(nominators), c -> nominators.contains(c.role()), true,
                (s, m) -> List.of(Call.of("POST", nomination(s) + "/attachments").file(Uploads.jpeg(24, 16)),
                        Call.of("POST", activity(s) + "/attachments").file(Uploads.jpeg(24, 16)),
                        Call.of("POST", communication(s) + "/attachments").file(Uploads.jpeg(24, 16))), 0));
        t.add(read("getAttachmentContent", EVERY_ROLE, true, s -> Call.get(attachment(s))));
        t.add(read("getAttachmentThumbnail", EVERY_ROLE, true, s -> Call.get(attachment(s) + "/thumbnail")));
        t.add(write("deleteAttachment", nominators, true, (s, m) -> Call.delete(m == Mode.REFUSED ? attachment(s)
                : "/api/v1/attachments/" + Uploads.upload(f.officer.get(s), "nominations", f.nomination.get(s),
                "xoa.jpg", Uploads.jpeg(20, 20), "image/jpeg"), null)));
        // activities and communication outputs: officers record, the provincial officer verifies
        Set<Role> recorders = Set.of(BRANCH_OFFICER, PROVINCIAL_OFFICER);
        for (String kind : List.of("Activit", "Communication")) {
            String base = kind.equals("Activit") ? "/api/v1/activities" : "/api/v1/communications";
            String plural = kind.equals("Activit") ? "Activities" : "Communications";
            String one = kind.equals("Activit") ? "Activity" : "Communication";
            Map<Side, Long> ids = kind.equals("Activit") ? f.activity : f.communication;
            t.add(read("list" + plural, EVERY_ROLE, true, s -> Call.get(base).q("orgUnitId", f.unit.get(s))
                    .q("q", f.tag)));
            t.add(read(one.toLowerCase(java.util.Locale.ROOT) + "Totals", EVERY_ROLE, true, s -> Call.get(base + "/totals")
                    .q("orgUnitId", f.unit.get(s)).q("q", f.tag)));
            t.add(read("export" + plural, EVERY_ROLE, true, s -> Call.get(base + "/export").q("format", "csv")
                    .q("orgUnitId", f.unit.get(s))));
            t.add(write("create" + one, recorders, false, (s, m) -> Call.post(base, recordBody(one, Side.A, "mới"))));
            t.add(read("get" + one, EVERY_ROLE, true, s -> Call.get(base + "/" + ids.get(s))));
            t.add(write("update" + one, recorders, true, (s, m) -> Call.put(base + "/" + ids.get(s),
                    recordBody(one, s, f.marker.get(s)), tag(m, base + "/" + ids.get(s), "canbo.tinh"))));
            // VERIFY would succeed for a provincial officer; RESUBMIT of a record not flagged is a 409 that changes nothing
            t.add(write("transition" + one, Set.of(PROVINCIAL_OFFICER), true, (s, m) -> Call.post(
                    base + "/" + ids.get(s) + "/transitions", Map.of("action", m == Mode.REFUSED ? "VERIFY" : "RESUBMIT"))));
            t.add(write("delete" + one, recorders, true, (s, m) -> Call.delete(base + "/" + ids.get(s),
                    tag(m, base + "/" + ids.get(s), "canbo.tinh"))));
        }
        // reports and figures
        t.add(read("listPeriods", EVERY_ROLE, false, s -> Call.get("/api/v1/periods").q("year", 2026)));
        t.add(read("getFigures", EVERY_ROLE, true, s -> Call.get("/api/v1/figures").q("orgUnitId", f.unit.get(s))
                .q("period", "2026")));
        t.add(read("getMonthlyFigures", EVERY_ROLE, true, s -> Call.get("/api/v1/figures/monthly")
                .q("orgUnitId", f.unit.get(s)).q("period", "2026")));
        t.add(read("listReports", EVERY_ROLE, true, s -> Call.get("/api/v1/reports").q("orgUnitId", f.unit.get(s))));
        t.add(read("getReportCompleteness", EVERY_ROLE, true, s -> Call.get("/api/v1/reports/completeness")
                .q("parentOrgUnitId", f.unit.get(s)).q("period", "2026")));
        t.add(write("createReport", recorders, false, (s, m) -> Call.post("/api/v1/reports",
                Fixtures.reportBody(f.chapter.get(Side.A), "2026S1", "mới"))));
        t.add(read("getReport", EVERY_ROLE, true, s -> Call.get(report(s))));
        t.add(read("getReportHistory", EVERY_ROLE, true, s -> Call.get(report(s) + "/history")));
        t.add(read("exportReport", EVERY_ROLE, true, s -> Call.get(report(s) + "/export").q("format", "csv")));
        t.add(write("updateReport", recorders, true, (s, m) -> Call.put(report(s),
                Map.of("narrative", Map.of("results", "Kết quả " + f.marker.get(s))), tag(m, report(s), "canbo.tinh"))));
        // SUBMIT has no If-Match: the first allowed officer submits, the others get a 409
        t.add(write("transitionReport", recorders, true, (s, m) -> Call.post(report(s) + "/transitions",
                Map.of("action", "SUBMIT"))));
        // integration clients: administrators, each within their subtree; the change feed is for API keys only
        t.add(read("listIntegrationClients", Set.of(ADMIN), false, s -> Call.get("/api/v1/integration-clients")));
        t.add(write("createIntegrationClient", Set.of(ADMIN), false, (s, m) -> Call.post("/api/v1/integration-clients",
                Fixtures.clientBody("Kết nối mới", f.unit.get(Side.A)))));
        t.add(read("getIntegrationClient", Set.of(ADMIN), true, s -> Call.get(client(s))));
        t.add(write("revokeIntegrationClient", Set.of(ADMIN), true, (s, m) -> Call.of("POST", client(s) + "/revoke")));
        t.add(new Row("listChanges", Kind.KEY_ONLY, "API keys only", c -> false, false,
                (s, m) -> List.of(Call.get("/api/v1/changes")), 0));
        return t;
    }

    // ---------------------------------------------------------------- the run

    @Test
    void nobodyGetsWhatTheTableDoesNotGiveThem() {
        Map<String, Op> ops = ContractOperations.read();
        f = Fixtures.create();
        Tables sums = new Tables(ds);
        Map<String, Long> start = sums.snapshot();
        long forgedId = ((Number) Api.as("canbo.tinh").get("/api/v1/me").then().statusCode(200).extract().path("id"))
                .longValue();
        Map<String, String> forged = ForgedTokens.all(forgedId, "canbo.tinh", Api.token("canbo.xa"));
        Api.rawAnon().header("Authorization", "Bearer " + ForgedTokens.genuine(forgedId, "canbo.tinh"))
                .get("/api/v1/me").then().statusCode(200).body("username", org.hamcrest.Matchers.equalTo("canbo.tinh"));

        List<Row> rows = table();
        Set<String> covered = new LinkedHashSet<>();
        rows.forEach(r -> assertTrue(covered.add(r.op()), "two rows for " + r.op()));
        Set<String> missing = new TreeSet<>(ops.keySet());
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(ops.keySet());
        assertTrue(missing.isEmpty(), "operations of openapi.yaml without a row in the access matrix: " + missing);
        assertTrue(unknown.isEmpty(), "rows for operations openapi.yaml does not have: " + unknown);

        for (Row row : rows) {
            Op op = ops.get(row.op());
            assertEquals(row.kind() == Kind.PUBLIC, op.isPublic(),
                    row.op() + ": the table and the contract disagree on whether it is public");
            Map<String, Long> before = row.kind() == Kind.PUBLIC ? null : sums.snapshot();
            refusedAndAnonymous(row, op, forged);
            if (before != null) {
                List<String> changed = Tables.changed(before, sums.snapshot());
                if (!changed.isEmpty()) {
                    leaks.add(row.op() + ": refused requests changed tables " + changed);
                }
            }
            allowed(row, op);
        }

        // the allowed writes did change tables: the checksums see writes, so "unchanged" above means something
        assertTrue(!Tables.changed(start, sums.snapshot()).isEmpty(), "table checksums did not see any write");
        vn.thidua.support.Reliability.report("access-matrix", "probes=" + probes + " operations=" + rows.size()
                + " leaks=" + leaks.size());
        String report = section(leaks.size() + " leaks (a refused caller got an answer, or a record it must not see)", leaks)
                + section("statuses openapi.yaml does not list for the operation", undocumented)
                + section(failures.size() + " other unexpected answers", failures);
        assertTrue(report.isEmpty(), report);
        assertTrue(probes > 1000, "the matrix ran only " + probes + " probes");
    }

    /** No token, forged tokens and every caller the table refuses; none of them may change anything. */
    private void refusedAndAnonymous(Row row, Op op, Map<String, String> forged) {
        for (Call call : row.calls().build(Side.A, Mode.REFUSED)) {
            int expected = row.kind() == Kind.PUBLIC ? row.publicStatus() : 401;
            check(row, op, "no token", call, () -> Api.rawAnon(), Set.of(expected), true);
            forged.forEach((name, token) -> {
                Set<Integer> ok = row.kind() == Kind.PUBLIC ? Set.of(row.publicStatus(), 401) : Set.of(401);
                check(row, op, name + " token (header)", call,
                        () -> Api.rawAnon().header("Authorization", "Bearer " + token), ok, true);
                check(row, op, name + " token (cookie)", call,
                        () -> Api.rawAnon().cookie("thidua_token", token), ok, true);
            });
        }
        for (Caller c : f.callers) {
            for (Side side : sides(row)) {
                Set<Integer> expected = expected(row, c, side);
                if (expected == null) {
                    continue;
                }
                for (Call call : row.calls().build(side, Mode.REFUSED)) {
                    check(row, op, c + " on " + side, call, () -> Api.raw(c.username()), expected, !c.atRoot());
                }
            }
        }
    }

    private void allowed(Row row, Op op) {
        if (row.kind() == Kind.PUBLIC || row.kind() == Kind.KEY_ONLY) {
            return;
        }
        for (Caller c : f.callers) {
            for (Side side : sides(row)) {
                if (expected(row, c, side) != null) {
                    continue;
                }
                for (Call call : row.calls().build(side, Mode.ALLOWED)) {
                    check(row, op, c + " on " + side + " (allowed)", call, () -> Api.raw(c.username()), null, !c.atRoot());
                }
            }
        }
    }

    private static List<Side> sides(Row row) {
        return row.perSide() ? List.of(Side.A, Side.B) : List.of(Side.A);
    }

    /**
     * The statuses a refused caller must get, or null when the caller is allowed. A record outside the caller's
     * subtree is a 404 for whoever may otherwise; a role that may not is a 403 on its own subtree's records (a
     * read may also answer 404, as for drafts hidden from branch officers).
     */
    private static Set<Integer> expected(Row row, Caller c, Side side) {
        if (row.kind() == Kind.PUBLIC) {
            return Set.of(row.publicStatus());
        }
        if (row.kind() == Kind.KEY_ONLY) {
            return Set.of(403);
        }
        boolean sees = !row.perSide() || c.sees(side);
        if (!row.may().test(c)) {
            return sees && row.kind() == Kind.WRITE ? Set.of(403) : Set.of(403, 404);
        }
        return sees ? null : Set.of(404);
    }

    /**
     * Sends the call and judges the answer. {@code expected} null: an allowed caller, who must pass the gate
     * (no 401/403/404; a read must succeed). {@code hideB}: the body must not show a record of side B.
     */
    private void check(Row row, Op op, String who, Call call, Supplier<RequestSpecification> spec,
                       Set<Integer> expected, boolean hideB) {
        probes++;
        String where = row.op() + " | " + who + " | " + call;
        Response r;
        try {
            r = call.send(spec.get());
        } catch (AssertionError | RuntimeException e) {
            failures.add(where + " -> answer not in the contract: " + firstLine(e.getMessage()));
            return;
        }
        int status = r.statusCode();
        String body = r.asString();
        boolean anonymous = who.contains("token");
        if (expected != null && status >= 200 && status < 300 && !expected.contains(status)) {
            leaks.add(where + " -> " + status + " (expected " + expected + ")");
        } else if (expected != null && !expected.contains(status)) {
            failures.add(where + " -> " + status + " (expected " + expected + "): " + firstLine(body));
        } else if (expected == null && (status == 401 || status == 403 || status == 404 || status >= 500
                || (row.kind() == Kind.READ && status >= 300))) {
            failures.add(where + " -> " + status + " for a caller the table allows: " + firstLine(body));
        }
        if (status >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(where + " -> " + status + " is not a problem+json but " + r.contentType());
        }
        if ((status == 401 || status == 403 || status == 404) && !op.documents(status)) {
            undocumented.add(ContractOperations.describe(op) + ": " + status);
        }
        boolean hideAll = anonymous || row.kind() == Kind.PUBLIC;
        if (body.contains(f.marker.get(Side.B)) && (hideB || hideAll)) {
            leaks.add(where + " -> " + status + " shows a record of branch B's subtree");
        }
        if (hideAll && body.contains(f.marker.get(Side.A))) {
            leaks.add(where + " -> " + status + " shows a record of branch A's subtree");
        }
    }

    private static String section(String title, java.util.Collection<String> lines) {
        return lines.isEmpty() ? "" : title + ":\n  " + String.join("\n  ", lines) + "\n";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    // ---------------------------------------------------------------- row builders and paths

    private Row read(String op, Set<Role> roles, boolean perSide, java.util.function.Function<Side, Call> call) {
        return new Row(op, Kind.READ, roles(roles), c -> roles.contains(c.role()), perSide,
                (s, m) -> List.of(call.apply(s)), 0);
    }

    private Row write(String op, Set<Role> roles, boolean perSide, java.util.function.BiFunction<Side, Mode, Call> call) {
        return new Row(op, Kind.WRITE, roles(roles), c -> roles.contains(c.role()), perSide,
                (s, m) -> List.of(call.apply(s, m)), 0);
    }

    private Row open(String op, int status, java.util.function.Function<Side, Call> call) {
        return new Row(op, Kind.PUBLIC, "anyone", c -> true, false, (s, m) -> List.of(call.apply(s)), status);
    }

    private static String roles(Set<Role> roles) {
        return roles.size() == EVERY_ROLE.size() ? "every role" : new TreeSet<>(roles).toString();
    }

    /** The record's current ETag for a request that would succeed; a stale one for an allowed caller. */
    private static String tag(Mode m, String path, String reader) {
        if (m == Mode.ALLOWED) {
            return STALE;
        }
        return Api.raw(reader).get(path).then().statusCode(200).extract().header("ETag");
    }

    private String user(Side s) {
        return "/api/v1/users/" + f.user.get(s);
    }

    private String unit(Side s) {
        return "/api/v1/org-units/" + f.chapter.get(s);
    }

    private String plan(Side s) {
        return "/api/v1/plans/" + f.plan.get(s);
    }

    private String movement() {
        return "/api/v1/movements/" + f.movement;
    }

    private String registration(Side s) {
        return movement() + "/registrations/" + f.registration.get(s);
    }

    private String nomination(Side s) {
        return "/api/v1/nominations/" + f.nomination.get(s);
    }

    private String activity(Side s) {
        return "/api/v1/activities/" + f.activity.get(s);
    }

    private String communication(Side s) {
        return "/api/v1/communications/" + f.communication.get(s);
    }

    private String attachment(Side s) {
        return "/api/v1/attachments/" + f.attachment.get(s);
    }

    private String report(Side s) {
        return "/api/v1/reports/" + f.report.get(s);
    }

    private String client(Side s) {
        return "/api/v1/integration-clients/" + f.client.get(s);
    }

    private Map<String, Object> unitWrite(Side s) {
        Map<String, Object> u = Api.raw("admin").get(unit(s)).then().statusCode(200).extract().as(Map.class);
        Map<String, Object> w = new HashMap<>();
        for (String k : List.of("code", "name", "level", "parentId", "validFrom")) {
            w.put(k, u.get(k));
        }
        return w;
    }

    private Map<String, Object> movementWrite() {
        Map<String, Object> mv = Api.raw("canbo.tinh").get(movement()).then().statusCode(200).extract().as(Map.class);
        Map<String, Object> w = new HashMap<>();
        for (String k : List.of("code", "name", "kind", "launchedBy", "startDate", "status")) {
            w.put(k, mv.get(k));
        }
        return w;
    }

    private Map<String, Object> recordBody(String one, Side s, String text) {
        Map<String, Object> b = one.equals("Activity") ? Fixtures.activityBody("Giao lưu " + text)
                : Fixtures.communicationBody("Bài viết " + text);
        b.put("orgUnitId", f.unit.get(s));
        return b;
    }
}
