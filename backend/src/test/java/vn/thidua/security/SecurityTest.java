package vn.thidua.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.thidua.support.Api.anon;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.rawAnon;
import static vn.thidua.support.Uploads.contains;
import static vn.thidua.support.Uploads.jpeg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.integration.Clients;
import vn.thidua.nomination.Nominations;
import vn.thidua.support.Api;
import vn.thidua.support.Reliability;

/**
 * What an attacker tries first: framing or sniffing the API's answers, calling it from a foreign web page,
 * files that pretend to be something else, fishing secrets out of the logs, and authentication attempts that
 * leave no trace.
 */
@QuarkusTest
class SecurityTest {
    /** Checks made, by kind, for the suite's summary line. */
    static final java.util.concurrent.ConcurrentMap<String, Integer> CHECKS = new java.util.concurrent.ConcurrentSkipListMap<>();

    static final String ALLOWED_ORIGIN = "http://localhost:5173";
    static final String FOREIGN_ORIGIN = "https://ke-gian.example";

    @Test
    void everyApiAnswerForbidsFramingAndSniffing() {
        for (ExtractableResponse<Response> r : List.of(
                as("canbo.xa").get("/api/v1/me").then().statusCode(200).extract(),
                rawAnon().get("/api/v1/me").then().statusCode(401).extract(),
                raw("canbo.xa").get("/api/v1/activities/987654321").then().statusCode(404).extract())) {
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), r.header("Content-Security-Policy"));
            assertTrue(r.header("Content-Security-Policy").contains("default-src 'none'"), r.header("Content-Security-Policy"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
            count("header_answers");
        }
    }

    /** Preflights are not operations of the contract, so these requests bypass its validator on purpose. */
    @Test
    void onlyConfiguredOriginsMayCallTheApiFromABrowser() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .options("/api/v1/activities").then()
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED_ORIGIN))
                .header("Access-Control-Allow-Credentials", equalTo("true"));
        given().header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "POST")
                .options("/api/v1/activities").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        // a plain cross-site read with the user's credentials: the browser gets no permission to show it
        given().header("Origin", FOREIGN_ORIGIN).header("Authorization", "Bearer " + Api.token("canbo.xa"))
                .get("/api/v1/me").then().header("Access-Control-Allow-Origin", nullValue());
        CHECKS.merge("cors_probes", 3, Integer::sum);
    }

    @Test
    void filesAreJudgedByTheirContentAndServedInert() throws IOException {
        long nomination = Nominations.create("Tệp giả dạng " + Nominations.marker());
        String owner = "/api/v1/nominations/" + nomination + "/attachments";

        // a JPEG that is also an HTML page and a ZIP archive (a polyglot): stored re-encoded, the payloads gone
        ByteArrayOutputStream poly = new ByteArrayOutputStream();
        poly.writeBytes(jpeg(40, 30));
        poly.writeBytes("<html><script>alert('xss')</script></html>".getBytes(StandardCharsets.US_ASCII));
        poly.writeBytes(zipWith("payload.sh", "rm -rf /"));
        ExtractableResponse<Response> up = raw(Nominations.BRANCH).contentType("multipart/form-data")
                .multiPart("file", "../../../../etc/cron.d/anh.html", poly.toByteArray(), "text/html")
                .post(owner).then().statusCode(201).extract();
        String name = up.path("fileName");
        assertFalse(name.contains("/") || name.contains("\\") || name.contains(".."), name);
        assertTrue(name.endsWith(".jpg"), "the content decides the kind, not the name: " + name);
        assertEquals("image/jpeg", up.path("contentType"));
        long id = ((Number) up.path("id")).longValue();
        ExtractableResponse<Response> served = as(Nominations.BRANCH).get("/api/v1/attachments/" + id).then()
                .statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff").extract();
        byte[] bytes = served.asByteArray();
        assertFalse(contains(bytes, "<script"), "the HTML payload must not be served");
        assertFalse(contains(bytes, "PK\u0003\u0004"), "the ZIP payload must not be served");
        String disposition = served.header("Content-Disposition");
        assertTrue(disposition == null || !disposition.contains(".."), disposition);

        // a name that promises a PDF over a photo's bytes: the photo it is, under a photo's name
        ExtractableResponse<Response> liar = raw(Nominations.BRANCH).contentType("multipart/form-data")
                .multiPart("file", "bao-cao.pdf", jpeg(20, 20), "application/pdf").post(owner).then().statusCode(201)
                .extract();
        assertEquals("image/jpeg", liar.path("contentType"));
        assertTrue(((String) liar.path("fileName")).endsWith(".jpg"), (String) liar.path("fileName"));
        CHECKS.merge("upload_tricks", 2, Integer::sum);
    }

    @Test
    void everyAuthenticationEventLeavesATrace() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String username = newUser(marker);

        anon().body(Map.of("username", username, "password", "Dung-mat-khau-1")).post("/api/v1/auth/login").then()
                .statusCode(200);
        assertAudited(username, "LOGIN");

        for (int i = 0; i < 5; i++) {
            rawAnon().contentType(ContentType.JSON).body(Map.of("username", username, "password", "sai-" + i))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        assertAudited(username, "LOGIN_FAILED");
        rawAnon().contentType(ContentType.JSON).body(Map.of("username", username, "password", "Dung-mat-khau-1"))
                .post("/api/v1/auth/login").then().statusCode(429);
        assertAudited(username, "LOGIN_LOCKED");

        anon().header("Authorization", "Bearer " + Api.token("canbo.xa")).post("/api/v1/auth/logout").then()
                .statusCode(204);
        assertAudited("canbo.xa", "LOGOUT");

        // refused credentials are audited without the credential, under the path they tried
        String forgedPath = "/api/v1/activities/" + (900_000_000L + Math.abs(marker.hashCode() % 1000));
        String token = Api.token("canbo.xa");
        rawAnon().header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA").get(forgedPath)
                .then().statusCode(401);
        assertRefusal("TOKEN_REFUSED", forgedPath);
        String keyPath = "/api/v1/movements/" + (910_000_000L + Math.abs(marker.hashCode() % 1000));
        rawAnon().header("X-Api-Key", "tdk_" + "x".repeat(40)).get(keyPath).then().statusCode(401);
        assertRefusal("API_KEY_REFUSED", keyPath);
        CHECKS.merge("auth_events", 6, Integer::sum);
    }

    /** The log file of this test run (application.properties, %test) holds no password, token or key. */
    @Test
    void secretsNeverReachTheLog() throws IOException {
        String password = "Mat-khau-bi-mat-" + UUID.randomUUID().toString().substring(0, 6) + "9";
        rawAnon().contentType(ContentType.JSON).body(Map.of("username", "canbo.xa", "password", password))
                .post("/api/v1/auth/login").then().statusCode(401);
        rawAnon().contentType(ContentType.JSON).body("{\"username\": \"canbo.xa\", \"password\": \"" + password + "\"")
                .post("/api/v1/auth/login").then().statusCode(400);
        String token = anon().body(Map.of("username", "canbo.tinh", "password", Api.DEMO_PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        raw("canbo.tinh").header("Authorization", "Bearer " + token).get("/api/v1/test-boom").then().statusCode(500);
        rawAnon().header("Authorization", "Bearer " + token + "x").get("/api/v1/me").then().statusCode(401);
        String key = Clients.key("movements:read");
        rawAnon().header("X-Api-Key", key).contentType(ContentType.JSON).body("{}").post("/api/v1/movements").then()
                .statusCode(403);
        String privateKey = Files.readString(Path.of("..", "data", "keys", "jwt-private.pem"))
                .lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();

        Path log = Path.of("target", "quarkus-test.log");
        assertTrue(Files.exists(log), "the test profile writes its log to " + log.toAbsolutePath());
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("Internals exploded"), "the unexpected error of /test-boom is in the log, so the log is this run's");
        for (Map.Entry<String, String> secret : Map.of("a refused password", password, "an access token",
                token.substring(token.lastIndexOf('.') + 1), "an API key", key.substring(4), "the JWT signing key",
                privateKey, "the bootstrap admin password", Api.ADMIN_PASSWORD, "the demo password",
                Api.DEMO_PASSWORD).entrySet()) {
            if (text.contains(secret.getValue())) {
                fail("the log contains " + secret.getKey());
            }
            count("log_secrets");
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void summary() {
        StringBuilder numbers = new StringBuilder();
        CHECKS.forEach((k, v) -> numbers.append(k).append('=').append(v).append(' '));
        Reliability.report("security", numbers.append("leaks=0").toString());
    }

    private static void count(String kind) {
        CHECKS.merge(kind, 1, Integer::sum);
    }

    private static String newUser(String marker) {
        String username = "bm" + marker;
        as("admin").body(Map.of("username", username, "fullName", "Kiểm tra bảo mật", "role", "BRANCH_OFFICER",
                "orgUnitId", Api.unitId("X-TANNINH"), "password", "Dung-mat-khau-1")).post("/api/v1/users").then()
                .statusCode(201);
        return username;
    }

    private static void assertAudited(String actor, String action) {
        as("admin").queryParam("actor", actor).queryParam("size", 100).get("/api/v1/audit-events").then()
                .statusCode(200).body("items.action", org.hamcrest.Matchers.hasItem(action));
    }

    /** Refused tokens are audited off the request's thread: wait a bounded while for the row to appear. */
    private static void assertRefusal(String action, String path) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        do {
            List<Map<String, Object>> items = as("admin").queryParam("actor", "anonymous").queryParam("entityType", "session")
                    .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200).extract().path("items");
            for (Map<String, Object> e : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> after = (Map<String, Object>) e.get("after");
                if (action.equals(e.get("action")) && after != null && path.equals(after.get("path"))) {
                    assertTrue(!String.valueOf(after).contains("tdk_") && !String.valueOf(after).contains("Bearer"),
                            "the audit keeps no credential: " + after);
                    return;
                }
            }
            pause();
        } while (Instant.now().isBefore(until));
        fail(action + " for " + path + " is not in the audit log");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] zipWith(String name, String content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(b)) {
            z.putNextEntry(new java.util.zip.ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return b.toByteArray();
    }
}
