package vn.thidua.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.support.Api;

@QuarkusTest
class UserTest {
    static Map<String, Object> user(String username, String role, String unitCode) {
        Map<String, Object> u = new HashMap<>();
        u.put("username", username);
        u.put("fullName", "Võ Thị Mỹ Hạnh");
        u.put("email", "hanh@example.vn");
        u.put("phone", "0912 345 678");
        u.put("role", role);
        u.put("orgUnitId", unitId(unitCode));
        u.put("password", "Matkhau123");
        return u;
    }

    static String name() {
        return "n" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminCreatesReadsUpdatesAndNeverShowsPasswords() {
        String username = name();
        int id = as("admin").body(user(username, "BRANCH_OFFICER", "X-LONGHOA")).post("/api/v1/users").then()
                .statusCode(201).body("orgUnitName", equalTo("Hội Chữ thập đỏ phường Long Hoa"))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash"))).extract().path("id");
        String etag = Api.etag(as("admin"), "/api/v1/users/" + id);
        Map<String, Object> upd = user(username, "LEADER", "X-LONGHOA");
        upd.remove("username");
        upd.remove("password");
        upd.put("active", true);
        as("admin").header("If-Match", etag).body(upd).put("/api/v1/users/" + id).then().statusCode(200)
                .body("role", equalTo("LEADER"));
        Api.login(username, "Matkhau123");
        raw("admin").contentType(ContentType.JSON).body(user(username, "LEADER", "X-LONGHOA"))
                .post("/api/v1/users").then().statusCode(409);
    }

    @Test
    void passwordsFollowTheRule() {
        Map<String, Object> weak = user(name(), "LEADER", "TNH");
        weak.put("password", "abcdefgh");
        raw("admin").contentType(ContentType.JSON).body(weak).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void onlyAdminsManageUsers() {
        raw("canbo.tinh").get("/api/v1/users").then().statusCode(403);
        raw("canbo.xa").contentType(ContentType.JSON).body(user(name(), "ADMIN", "X-TANNINH"))
                .post("/api/v1/users").then().statusCode(403);
    }

    @Test
    void anAdminOfABranchOnlySeesThatBranch() {
        String branchAdmin = name();
        as("admin").body(user(branchAdmin, "ADMIN", "X-TANNINH")).post("/api/v1/users").then().statusCode(201);
        String token = Api.login(branchAdmin, "Matkhau123");
        Api.anon().header("Authorization", "Bearer " + token).get("/api/v1/users?size=100").then().statusCode(200)
                .body("items.username", hasItem("canbo.xa")).body("items.username", not(hasItem("canbo.xa2")));
        int other = as("admin").queryParam("q", "canbo.xa2").get("/api/v1/users").then().extract().path("items[0].id");
        Api.rawAnon().header("Authorization", "Bearer " + token).get("/api/v1/users/" + other).then().statusCode(404);
        // and cannot place a user outside it
        Api.rawAnon().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(user(name(), "BRANCH_OFFICER", "X-LONGHOA")).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));
    }
}
