package vn.thidua.security;

import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.unitId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thidua.auth.Role;
import vn.thidua.support.Api;
import vn.thidua.support.Uploads;

/**
 * One record of every kind in branch A's subtree (phường Tân Ninh) and one in branch B's (phường Long Hoa),
 * made through the API by the branches' own officers; each carries a marker of its side in its text, so a
 * response that shows a record it should not is found by a plain search of the body.
 */
final class Fixtures {
    enum Side { A, B }

    /** Who calls: the demo users, and officers of every other role placed in branch A. */
    record Caller(String username, Role role, boolean atRoot) {
        boolean sees(Side side) {
            return atRoot || side == Side.A;
        }

        @Override
        public String toString() {
            return username + "(" + role + (atRoot ? ", province" : ", branch A") + ")";
        }
    }

    static final String PASSWORD = Api.DEMO_PASSWORD;
    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    final Map<Side, String> marker = new EnumMap<>(Side.class);
    final Map<Side, Long> unit = new EnumMap<>(Side.class);
    final Map<Side, String> officer = new EnumMap<>(Side.class);
    final Map<Side, Long> chapter = new EnumMap<>(Side.class);
    /** An empty unit, so that a delete that wrongly went through would not be stopped by its children. */
    final Map<Side, Long> spare = new EnumMap<>(Side.class);
    final Map<Side, Long> user = new EnumMap<>(Side.class);
    final Map<Side, Long> plan = new EnumMap<>(Side.class);
    final Map<Side, Long> registration = new EnumMap<>(Side.class);
    final Map<Side, Long> nomination = new EnumMap<>(Side.class);
    final Map<Side, Long> attachment = new EnumMap<>(Side.class);
    final Map<Side, Long> activity = new EnumMap<>(Side.class);
    final Map<Side, Long> communication = new EnumMap<>(Side.class);
    final Map<Side, Long> report = new EnumMap<>(Side.class);
    final Map<Side, Long> client = new EnumMap<>(Side.class);
    long movement;
    long rootUnit;
    List<Caller> callers;
    private final AtomicInteger seq = new AtomicInteger();

    static Fixtures create() {
        Fixtures f = new Fixtures();
        f.build();
        return f;
    }

    String unique(String prefix) {
        return prefix + tag + seq.incrementAndGet();
    }

    private void build() {
        rootUnit = unitId("TNH");
        marker.put(Side.A, "MXA" + tag);
        marker.put(Side.B, "MXB" + tag);
        unit.put(Side.A, unitId("X-TANNINH"));
        unit.put(Side.B, unitId("X-LONGHOA"));
        officer.put(Side.A, "canbo.xa");
        officer.put(Side.B, "canbo.xa2");
        callers = List.of(
                new Caller("admin", Role.ADMIN, true),
                new Caller("canbo.tinh", Role.PROVINCIAL_OFFICER, true),
                new Caller("lanhdao", Role.LEADER, true),
                new Caller("canbo.xa", Role.BRANCH_OFFICER, false),
                new Caller(person("mx.admin", Role.ADMIN, unit.get(Side.A)), Role.ADMIN, false),
                new Caller(person("mx.tinh", Role.PROVINCIAL_OFFICER, unit.get(Side.A)), Role.PROVINCIAL_OFFICER, false),
                new Caller(person("mx.lanhdao", Role.LEADER, unit.get(Side.A)), Role.LEADER, false));
        movement = id(as("canbo.tinh").body(movementBody()).post("/api/v1/movements"));
        for (Side s : Side.values()) {
            String m = marker.get(s);
            String who = officer.get(s);
            chapter.put(s, id(as("admin").body(unitBody(unit.get(s), "Chi hội " + m)).post("/api/v1/org-units")));
            spare.put(s, id(as("admin").body(unitBody(unit.get(s), "Chi hội trống " + m)).post("/api/v1/org-units")));
            user.put(s, id(as("admin").body(userBody(unique("mx.u."), "Hội viên " + m, Role.BRANCH_OFFICER,
                    chapter.get(s))).post("/api/v1/users")));
            plan.put(s, id(as("canbo.tinh").body(planBody(s)).post("/api/v1/plans")));
            registration.put(s, id(as(who).body(Map.of("commitments", "Cam kết " + m))
                    .post("/api/v1/movements/" + movement + "/registrations")));
            nomination.put(s, id(as(who).body(nominationBody(s, "Gương " + m)).post("/api/v1/nominations")));
            attachment.put(s, Uploads.upload(who, "nominations", nomination.get(s), "anh.jpg", Uploads.jpeg(40, 30),
                    "image/jpeg"));
            activity.put(s, id(as(who).body(activityBody("Giao lưu " + m)).post("/api/v1/activities")));
            communication.put(s, id(as(who).body(communicationBody("Bài viết " + m)).post("/api/v1/communications")));
            report.put(s, id(as(who).body(reportBody(chapter.get(s), "2026", m)).post("/api/v1/reports")));
            client.put(s, ((Number) as("admin").body(clientBody("Kết nối " + m, unit.get(s)))
                    .post("/api/v1/integration-clients").then().statusCode(201).extract().path("client.id")).longValue());
        }
    }

    private String person(String prefix, Role role, long unitId) {
        String username = unique(prefix + ".");
        as("admin").body(userBody(username, "Cán bộ thử quyền", role, unitId)).post("/api/v1/users").then()
                .statusCode(201);
        return username;
    }

    private static long id(io.restassured.response.Response r) {
        if (r.statusCode() != 201) {
            throw new AssertionError("fixture not created: " + r.statusCode() + " " + r.asString());
        }
        return ((Number) r.then().extract().path("id")).longValue();
    }

    Map<String, Object> unitBody(long parentId, String name) {
        Map<String, Object> b = new HashMap<>();
        b.put("code", unique("MX-"));
        b.put("name", name);
        b.put("level", "CHAPTER");
        b.put("parentId", parentId);
        b.put("validFrom", "2025-07-01");
        return b;
    }

    Map<String, Object> userBody(String username, String fullName, Role role, long unitId) {
        Map<String, Object> b = new HashMap<>();
        b.put("username", username);
        b.put("fullName", fullName);
        b.put("role", role.name());
        b.put("orgUnitId", unitId);
        b.put("password", PASSWORD);
        return b;
    }

    Map<String, Object> userUpdate(Side s) {
        Map<String, Object> b = new HashMap<>();
        b.put("fullName", "Hội viên " + marker.get(s));
        b.put("role", Role.BRANCH_OFFICER.name());
        b.put("orgUnitId", chapter.get(s));
        b.put("active", true);
        return b;
    }

    Map<String, Object> planBody(Side s) {
        Map<String, Object> b = new HashMap<>();
        b.put("issuingOrgUnitId", unit.get(s));
        b.put("year", 2026);
        b.put("title", "Kế hoạch tuyên truyền " + marker.get(s));
        b.put("signerName", "Nguyễn Văn A");
        b.put("signerTitle", "Chủ tịch");
        return b;
    }

    Map<String, Object> movementBody() {
        Map<String, Object> m = new HashMap<>();
        m.put("code", unique("MXM-"));
        m.put("name", "Phong trào thử quyền truy cập");
        m.put("kind", "REGULAR");
        m.put("launchedBy", "UBND tỉnh Tây Ninh");
        m.put("startDate", "2026-01-01");
        m.put("status", "ACTIVE");
        return m;
    }

    Map<String, Object> nominationBody(Side s, String title) {
        Map<String, Object> m = vn.thidua.nomination.Nominations.individual(title);
        m.put("orgUnitId", unit.get(s));
        return m;
    }

    static Map<String, Object> activityBody(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "EXCHANGE");
        m.put("title", title);
        m.put("startDate", "2026-03-10");
        m.put("location", "Nhà văn hóa khu phố 1");
        return m;
    }

    static Map<String, Object> communicationBody(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("channel", "WEBSITE");
        m.put("title", title);
        m.put("publishedOn", "2026-03-11");
        m.put("outlet", "Trang tin Hội Chữ thập đỏ tỉnh");
        m.put("url", "https://chuthapdo.tayninh.example/bai-viet");
        return m;
    }

    static Map<String, Object> reportBody(long unitId, String period, String text) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgUnitId", unitId);
        m.put("period", period);
        m.put("narrative", Map.of("results", "Kết quả " + text));
        return m;
    }

    static Map<String, Object> clientBody(String name, Long unitId) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("scopes", List.of("reports:read"));
        if (unitId != null) {
            m.put("orgUnitId", unitId);
        }
        m.put("expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        return m;
    }
}
