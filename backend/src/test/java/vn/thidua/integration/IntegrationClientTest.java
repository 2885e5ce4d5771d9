package vn.thidua.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.rawAnon;
import static vn.thidua.support.Api.rawKey;
import static vn.thidua.support.Api.unitId;
import static vn.thidua.support.Api.withKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.nomination.Nominations;

/** Integration clients: the key shown once, scopes, expiry, revocation, addresses, reading only what is approved. */
@QuarkusTest
class IntegrationClientTest {
    @Inject
    EntityManager em;

    @Test
    void adminCreatesAClientAndTheKeyIsShownOnlyOnce() {
        Map<String, Object> body = Clients.body("Ban Thi đua – Khen thưởng tỉnh", List.of("reports:read"));
        body.put("allowedAddresses", List.of("127.0.0.1", "10.0.0.0/8"));
        var created = as("admin").body(body).post("/api/v1/integration-clients").then().statusCode(201)
                .header("Location", notNullValue()).header("Cache-Control", "no-store")
                .body("key", startsWith("tdk_")).body("client.status", equalTo("ACTIVE"))
                .body("client.lastUsedAt", nullValue()).extract();
        String key = created.path("key");
        int id = created.path("client.id");
        assertEquals(key.substring(0, 8), created.path("client.keyPrefix"));
        String listed = as("admin").queryParam("size", 100).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.id", hasItem(id)).extract().asString();
        assertFalse(listed.contains(key));
        assertFalse(as("admin").get("/api/v1/integration-clients/" + id).then().statusCode(200).extract().asString()
                .contains(key));
        // the key is used, and its last use shows
        withKey(key).get("/api/v1/reports").then().statusCode(200);
        as("admin").get("/api/v1/integration-clients/" + id).then().body("lastUsedAt", notNullValue());
    }

    @Test
    void onlyAdministratorsManageClientsAndBadInputIsRefused() {
        raw("canbo.tinh").contentType(ContentType.JSON).body(Clients.body("X", List.of("reports:read")))
                .post("/api/v1/integration-clients").then().statusCode(403);
        raw("lanhdao").get("/api/v1/integration-clients").then().statusCode(403);
        Map<String, Object> bad = Clients.body("X", List.of("reports:write"));
        bad.put("expiresAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        bad.put("allowedAddresses", List.of("example.org"));
        raw("admin").contentType(ContentType.JSON).body(bad).post("/api/v1/integration-clients").then()
                .statusCode(400).body("errors.field", hasItem("expiresAt"))
                .body("errors.field", hasItem("allowedAddresses[0]"));
        // a key cannot create keys
        rawKey(Clients.allScopes()).contentType(ContentType.JSON).body(Clients.body("X", List.of("reports:read")))
                .post("/api/v1/integration-clients").then().statusCode(403);
    }

    @Test
    void aKeyOnlyReadsAndOnlyWhatItsScopesOpen() {
        String key = Clients.key("reports:read");
        withKey(key).get("/api/v1/reports").then().statusCode(200);
        rawKey(key).get("/api/v1/nominations").then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("nominations:read"));
        rawKey(key).get("/api/v1/movements").then().statusCode(403);
        rawKey(key).get("/api/v1/org-units").then().statusCode(403);
        // endpoints not open to keys at all
        rawKey(key).get("/api/v1/users").then().statusCode(403);
        rawKey(key).get("/api/v1/me").then().statusCode(403);
        rawKey(key).get("/api/v1/activities").then().statusCode(403);
        rawKey(key).get("/api/v1/reports/completeness?parentOrgUnitId=1&period=2021").then().statusCode(403);
        // writing is never allowed, whatever the scopes
        String all = Clients.allScopes();
        rawKey(all).contentType(ContentType.JSON).body(Map.of("orgUnitId", unitId("X-TANNINH"), "period", "2021"))
                .post("/api/v1/reports").then().statusCode(403);
        rawKey(all).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .put("/api/v1/movements/1").then().statusCode(403);
        rawKey(all).header("If-Match", "\"0\"").delete("/api/v1/org-units/1").then().statusCode(403);
        // the same key as a Bearer token
        rawAnon().header("Authorization", "Bearer " + key).get("/api/v1/reports").then().statusCode(200);
    }

    @Test
    void expiredRevokedAndUnknownKeysAre401() {
        rawKey("tdk_khongtontai").get("/api/v1/reports").then().statusCode(401)
                .contentType("application/problem+json");
        String revoked = Clients.key("reports:read");
        withKey(revoked).get("/api/v1/reports").then().statusCode(200);
        long id = clientId(revoked);
        as("admin").post("/api/v1/integration-clients/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedAt", notNullValue());
        rawKey(revoked).get("/api/v1/reports").then().statusCode(401).body("type", equalTo(
                "urn:thidua:problem:api-key-revoked"));

        String expiring = Clients.key("reports:read");
        withKey(expiring).get("/api/v1/reports").then().statusCode(200);
        long eid = clientId(expiring);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update integration_client set expires_at = ?1 where id = ?2")
                .setParameter(1, Instant.now().minusSeconds(1)).setParameter(2, eid).executeUpdate());
        rawKey(expiring).get("/api/v1/reports").then().statusCode(401).body("type", equalTo(
                "urn:thidua:problem:api-key-expired"));
        as("admin").get("/api/v1/integration-clients/" + eid).then().body("status", equalTo("EXPIRED"));
    }

    @Test
    void aKeyIsUsedOnlyFromItsAllowedAddresses() {
        Map<String, Object> elsewhere = Clients.body("Chỉ mạng nội bộ", List.of("reports:read"));
        elsewhere.put("allowedAddresses", List.of("10.0.0.0/8", "203.0.113.5"));
        rawKey(Clients.key(elsewhere)).get("/api/v1/reports").then().statusCode(403).body("type",
                equalTo("urn:thidua:problem:api-key-address"));
        Map<String, Object> here = Clients.body("Máy này", List.of("reports:read"));
        here.put("allowedAddresses", List.of("203.0.113.0/24", "127.0.0.1"));
        withKey(Clients.key(here)).get("/api/v1/reports").then().statusCode(200);
        Map<String, Object> range = Clients.body("Dải máy này", List.of("reports:read"));
        range.put("allowedAddresses", List.of("127.0.0.0/8"));
        withKey(Clients.key(range)).get("/api/v1/reports").then().statusCode(200);
    }

    @Test
    void aKeySeesOnlySentReports() {
        long unit = unitId("X-TANNINH");
        Map<String, Object> draftBody = new HashMap<>(Map.of("orgUnitId", unit, "period", "2022"));
        long draft = ((Number) as("canbo.xa").body(draftBody).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id")).longValue();
        long sent = sentReport(unit, "2023S1");
        String key = Clients.key("reports:read");
        withKey(key).queryParam("size", 100).get("/api/v1/reports").then().statusCode(200)
                .body("items.status", everyItem(equalTo("SENT"))).body("items.id", hasItem((int) sent))
                .body("items.id", not(hasItem((int) draft)));
        // asking for drafts does not show them
        withKey(key).queryParam("status", "DRAFT").get("/api/v1/reports").then().statusCode(200)
                .body("totalItems", equalTo(0));
        rawKey(key).get("/api/v1/reports/" + draft).then().statusCode(404);
        withKey(key).get("/api/v1/reports/" + sent).then().statusCode(200).body("status", equalTo("SENT"))
                .body("allowedActions", equalTo(List.of()));
        // a key limited to another branch's subtree does not see it
        Map<String, Object> other = Clients.body("Phường Long Hoa", List.of("reports:read"));
        other.put("orgUnitId", unitId("X-LONGHOA"));
        String otherKey = Clients.key(other);
        rawKey(otherKey).get("/api/v1/reports/" + sent).then().statusCode(404);
        withKey(otherKey).queryParam("size", 100).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem((int) sent)));
    }

    @Test
    void aKeySeesRecognisedNominationsWithoutPrivateContact() {
        long draft = Nominations.createIn("UNDER_REVIEW", "Đang xét " + Nominations.marker());
        long recognised = Nominations.createIn("RECOGNIZED", "Đã công nhận " + Nominations.marker());
        String key = Clients.key("nominations:read", "movements:read");
        withKey(key).queryParam("size", 100).get("/api/v1/nominations").then().statusCode(200)
                .body("items.status", everyItem(in(List.of("RECOGNIZED", "HONORED", "REPLICATED"))))
                .body("items.id", hasItem((int) recognised)).body("items.id", not(hasItem((int) draft)));
        rawKey(key).get("/api/v1/nominations/" + draft).then().statusCode(404);
        withKey(key).get("/api/v1/nominations/" + recognised).then().statusCode(200)
                .body("contact", nullValue()).body("allowedActions", equalTo(List.of()));
        // movements: every status is published
        withKey(key).get("/api/v1/movements").then().statusCode(200).body("totalItems",
                equalTo(as("lanhdao").get("/api/v1/movements").then().extract().path("totalItems")));
    }

    @Test
    void orgUnitsAreScopedToTheKeysSubtree() {
        Map<String, Object> b = Clients.body("Phường Tân Ninh", List.of("org-units:read"));
        b.put("orgUnitId", unitId("X-TANNINH"));
        String key = Clients.key(b);
        withKey(key).queryParam("size", 100).get("/api/v1/org-units").then().statusCode(200)
                .body("items.code", hasItem("X-TANNINH")).body("items.code", not(hasItem("X-LONGHOA")));
        rawKey(key).get("/api/v1/org-units/" + unitId("X-LONGHOA")).then().statusCode(404);
    }

    @Test
    void listsAcceptUpdatedSince() {
        String key = Clients.allScopes();
        String future = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        withKey(key).queryParam("updatedSince", future).get("/api/v1/movements").then().statusCode(200)
                .body("totalItems", equalTo(0));
        withKey(key).queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/v1/movements").then()
                .statusCode(200).body("totalItems", org.hamcrest.Matchers.greaterThan(0));
        as("canbo.tinh").queryParam("updatedSince", future).get("/api/v1/nominations").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as("canbo.tinh").queryParam("updatedSince", future).get("/api/v1/reports").then().statusCode(200)
                .body("totalItems", equalTo(0));
        raw("canbo.tinh").queryParam("updatedSince", "hôm qua").get("/api/v1/reports").then().statusCode(400)
                .body("errors.field", hasItem("updatedSince"));
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        Map<String, Object> b = Clients.body("Chậm", List.of("movements:read"));
        b.put("rateLimit", 2);
        String key = Clients.key(b);
        // the count is per one-minute window, kept in the database: within five requests at most one window
        // boundary can pass, so at least one of them is over the limit of 2
        String retry = null;
        for (int i = 0; i < 5 && retry == null; i++) {
            io.restassured.response.Response r = rawKey(key).get("/api/v1/movements");
            if (r.statusCode() == 429) {
                r.then().contentType("application/problem+json");
                retry = r.header("Retry-After");
            } else {
                r.then().statusCode(200);
                org.junit.jupiter.api.Assertions.assertTrue(i < 4, "the fifth request cannot be within the limit");
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(retry, "no request was refused");
        assertTrue(Integer.parseInt(retry) >= 1 && Integer.parseInt(retry) <= 60);
        Number counted = (Number) em.createNativeQuery("select coalesce(sum(requests), 0) from integration_rate"
                + " where client_id = ?1").setParameter(1, clientId(key)).getSingleResult();
        assertTrue(counted.intValue() >= 1, "the count is in the database, shared by every instance");
        // another client is not slowed by it
        withKey(Clients.key("movements:read")).get("/api/v1/movements").then().statusCode(200);
    }

    static long clientId(String key) {
        Number id = as("admin").queryParam("size", 100).get("/api/v1/integration-clients").then().statusCode(200)
                .extract().path("items.find { it.keyPrefix == '" + key.substring(0, 8) + "' }.id");
        return id.longValue();
    }

    /** A report of the unit, submitted by its officer, approved and sent by the province. */
    static long sentReport(long unit, String period) {
        long id = ((Number) as("canbo.tinh").body(Map.of("orgUnitId", unit, "period", period))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id")).longValue();
        for (String action : List.of("SUBMIT", "APPROVE", "SEND")) {
            String who = action.equals("SUBMIT") ? "canbo.xa" : "canbo.tinh";
            as(who).body(Map.of("action", action)).post("/api/v1/reports/" + id + "/transitions").then()
                    .statusCode(200);
        }
        return id;
    }
}
