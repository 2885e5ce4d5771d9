package vn.thidua.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

/**
 * An administrator of a branch manages the branch's subtree only: the province's integration clients and the
 * audit log (every branch's records) are not theirs, and a key they make cannot read more than their branch.
 */
@QuarkusTest
class BranchAdministratorTest {
    private static Map<String, Object> client(String name, Long unit) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("scopes", List.of("reports:read"));
        if (unit != null) {
            m.put("orgUnitId", unit);
        }
        m.put("expiresAt", Instant.now().plus(10, ChronoUnit.DAYS).toString());
        return m;
    }

    private static String branchAdmin() {
        String username = "qtv." + UUID.randomUUID().toString().substring(0, 8);
        as("admin").body(Map.of("username", username, "fullName", "Quản trị phường Tân Ninh", "role", "ADMIN",
                "orgUnitId", unitId("X-TANNINH"), "password", Api.DEMO_PASSWORD)).post("/api/v1/users").then()
                .statusCode(201);
        return username;
    }

    @Test
    void theProvincesClientsAreNotABranchAdministrators() {
        String admin = branchAdmin();
        int province = as("admin").body(client("Ban Thi đua tỉnh", null)).post("/api/v1/integration-clients").then()
                .statusCode(201).extract().path("client.id");
        int neighbour = as("admin").body(client("Phường Long Hoa", unitId("X-LONGHOA")))
                .post("/api/v1/integration-clients").then().statusCode(201).extract().path("client.id");
        as(admin).queryParam("size", 100).get("/api/v1/integration-clients").then().statusCode(200)
                .body("items.id", not(hasItem(province))).body("items.id", not(hasItem(neighbour)));
        for (int id : List.of(province, neighbour)) {
            raw(admin).get("/api/v1/integration-clients/" + id).then().statusCode(404);
            raw(admin).contentType(ContentType.JSON).post("/api/v1/integration-clients/" + id + "/revoke").then()
                    .statusCode(404);
            as("admin").get("/api/v1/integration-clients/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        }
    }

    @Test
    void aKeyMadeByABranchAdministratorReadsTheBranchOnly() {
        String admin = branchAdmin();
        int id = as(admin).body(client("Phần mềm của phường", null)).post("/api/v1/integration-clients").then()
                .statusCode(201).body("client.orgUnitId", equalTo((int) unitId("X-TANNINH")))
                .extract().path("client.id");
        as(admin).queryParam("size", 100).get("/api/v1/integration-clients").then().body("items.id", hasItem(id));
    }

    @Test
    void theAuditLogIsForAnAdministratorOfTheWholeTree() {
        raw(branchAdmin()).get("/api/v1/audit-events").then().statusCode(403).body("status", equalTo(403));
        as("admin").get("/api/v1/audit-events").then().statusCode(200);
    }
}
