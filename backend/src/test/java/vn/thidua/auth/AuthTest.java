package vn.thidua.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.anon;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.rawAnon;
import static vn.thidua.support.Api.unitId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

@QuarkusTest
class AuthTest {
    @jakarta.inject.Inject
    VerifiedTokens verifiedTokens;

    @jakarta.inject.Inject
    EntityManager em;

    static String newUser(String role, String unitCode, String password) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> u = new HashMap<>();
        u.put("username", username);
        u.put("fullName", "Người dùng thử");
        u.put("role", role);
        u.put("orgUnitId", unitId(unitCode));
        u.put("password", password);
        as("admin").body(u).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    @Test
    void loginGivesATokenAndAnHttpOnlyCookie() {
        var r = anon().body(Map.of("username", "canbo.xa", "password", Api.DEMO_PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).body("user.role", equalTo("BRANCH_OFFICER"))
                .body("accessToken", notNullValue()).extract();
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        // the cookie alone authenticates (this is how the SPA calls the API); sent as a header so that the
        // contract's cookieAuth requirement is checked too (the validator reads cookies from the Cookie header)
        Api.anon().header("Cookie", "thidua_token=" + r.path("accessToken")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("canbo.xa"));
        anon().post("/api/v1/auth/logout").then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void wrongPasswordIs401AndNoTokenIs401() {
        rawAnon().contentType(ContentType.JSON).body(Map.of("username", "canbo.xa", "password", "sai-mat-khau1"))
                .post("/api/v1/auth/login").then().statusCode(401).contentType("application/problem+json");
        rawAnon().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        rawAnon().header("Authorization", "Bearer not.a.token").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = Api.token("canbo.xa");
        // the genuine token is used (and remembered as verified) first: its tampered copies must still be refused
        raw("canbo.xa").get("/api/v1/me").then().statusCode(200);
        assertTrue(verifiedTokens.size() > 0, "the service parses tokens through VerifiedTokens");
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"BRANCH_OFFICER\"", "\"ADMIN\"").replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"1\"").getBytes());
        rawAnon().header("Authorization", "Bearer " + parts[0] + "." + forged + "." + parts[2]).get("/api/v1/me")
                .then().statusCode(401);
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        rawAnon().header("Authorization", "Bearer " + none + "." + parts[1] + ".").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void repeatedFailuresAreRefusedForAWhile() {
        String username = newUser("BRANCH_OFFICER", "X-TANNINH", "Matkhau123");
        for (int i = 0; i < 5; i++) {
            rawAnon().contentType(ContentType.JSON).body(Map.of("username", username, "password", "wrong-" + i))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        rawAnon().contentType(ContentType.JSON).body(Map.of("username", username, "password", "Matkhau123"))
                .post("/api/v1/auth/login").then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        as("admin").get("/api/v1/audit-events?actor=" + username).then()
                .body("items.action", hasItem("LOGIN_FAILED"));
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        String username = newUser("LEADER", "TNH", "Matkhau123");
        String token = Api.login(username, "Matkhau123");
        Api.rawAnon().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "sai", "newPassword", "Moi12345678"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        Api.rawAnon().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Matkhau123", "newPassword", "ngan"))
                .put("/api/v1/me/password").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        Api.anon().header("Authorization", "Bearer " + token)
                .body(Map.of("currentPassword", "Matkhau123", "newPassword", "Moi12345678"))
                .put("/api/v1/me/password").then().statusCode(204);
        Api.login(username, "Moi12345678");
    }

    @Test
    void aDeactivatedUserIsLockedOutAtOnce() {
        String username = newUser("BRANCH_OFFICER", "X-TANNINH", "Matkhau123");
        String token = Api.login(username, "Matkhau123");
        // the account is read (and kept for the next requests: AccountCache) before the deactivation
        rawAnon().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
        int id = as("admin").queryParam("q", username).get("/api/v1/users").then().extract().path("items[0].id");
        var current = as("admin").get("/api/v1/users/" + id).then().extract();
        Map<String, Object> upd = new HashMap<>();
        upd.put("fullName", "Người dùng thử");
        upd.put("role", "BRANCH_OFFICER");
        upd.put("orgUnitId", unitId("X-TANNINH"));
        upd.put("active", false);
        as("admin").header("If-Match", current.header("ETag")).body(upd).put("/api/v1/users/" + id).then()
                .statusCode(200).body("active", equalTo(false));
        rawAnon().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(401);
        rawAnon().contentType(ContentType.JSON).body(Map.of("username", username, "password", "Matkhau123"))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    /**
     * A deactivation made by another instance of the service (here: straight in the database, as that instance's
     * commit looks from this one) locks the user out once this instance's copy of the account is 2 s old.
     */
    @Test
    void aChangeMadeElsewhereIsSeenWithinTheAccountCacheTime() throws InterruptedException {
        String username = newUser("BRANCH_OFFICER", "X-TANNINH", "Matkhau123");
        String token = Api.login(username, "Matkhau123");
        rawAnon().header("Authorization", "Bearer " + token).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update user_account set active = false where username = ?1").setParameter(1, username).executeUpdate());
        long deadline = System.nanoTime() + 6_000_000_000L; // the 2 s of app.auth.account-cache-ms, and some margin
        int status;
        do {
            status = rawAnon().header("Authorization", "Bearer " + token).get("/api/v1/me").then().extract()
                    .statusCode();
            if (status != 401) {
                Thread.sleep(100);
            }
        } while (status != 401 && System.nanoTime() < deadline);
        assertEquals(401, status, "the deactivated user still got in 6 s after the change");
    }
}
