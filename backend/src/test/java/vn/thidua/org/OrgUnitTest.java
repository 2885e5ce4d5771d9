package vn.thidua.org;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dated org tree and the scoping every later feature relies on. */
@QuarkusTest
class OrgUnitTest {
    static String code() {
        return "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> unit(String code, String name, String level, long parentId, String from) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("level", level);
        m.put("parentId", parentId);
        m.put("validFrom", from);
        return m;
    }

    @Test
    void demoTreeHasTheProvinceItsDistrictsBefore2025AndCommunesAfter() {
        long root = unitId("TNH");
        List<Map<String, Object>> items = as("admin").get("/api/v1/org-units/" + root + "/subtree").then()
                .statusCode(200).extract().path("items");
        assertEquals("TNH", items.get(0).get("code"));
        long districts = items.stream().filter(u -> "DISTRICT".equals(u.get("level"))).count();
        assertEquals(9, districts);
        assertTrue(items.stream().filter(u -> "DISTRICT".equals(u.get("level")))
                .allMatch(u -> "2025-06-30".equals(u.get("validTo"))));
        Map<String, Object> p1 = items.stream().filter(u -> "O-P1".equals(u.get("code"))).findFirst().orElseThrow();
        assertEquals(((Number) p1.get("successorId")).longValue(), unitId("X-TANNINH"));
        // the district officer sees the successor's name although the successor is outside his subtree
        as("canbo.huyen").get("/api/v1/org-units/" + unitId("O-P1")).then().statusCode(200)
                .body("successorName", equalTo("Hội Chữ thập đỏ phường Tân Ninh"));
        // parents come before their children
        for (int i = 0; i < items.size(); i++) {
            Object parent = items.get(i).get("parentId");
            if (parent != null) {
                long pid = ((Number) parent).longValue();
                int at = i;
                assertTrue(items.subList(0, at).stream().anyMatch(u -> ((Number) u.get("id")).longValue() == pid));
            }
        }
        as("admin").get("/api/v1/org-units/" + root + "/subtree?activeOn=2021-06-01").then().statusCode(200)
                .body("items.code", hasItem("H-TPTN")).body("items.code", not(hasItem("X-TANNINH")));
        as("admin").get("/api/v1/org-units?activeOn=2026-01-01&level=DISTRICT").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aBranchOfficerSeesOnlyTheirSubtree() {
        long own = unitId("X-TANNINH");
        as("canbo.xa").get("/api/v1/org-units?size=100").then().statusCode(200)
                .body("items.code", hasItems("X-TANNINH", "CH-TANNINH-KP1"))
                .body("items.code", not(hasItem("TNH"))).body("items.code", not(hasItem("X-LONGHOA")));
        as("canbo.xa").get("/api/v1/org-units/" + own).then().statusCode(200);
        raw("canbo.xa").get("/api/v1/org-units/" + unitId("X-LONGHOA")).then().statusCode(404);
        raw("canbo.xa").get("/api/v1/org-units/" + unitId("TNH") + "/subtree").then().statusCode(404);
        // the pre-2025 district officer still sees the old communes of 2021
        as("canbo.huyen").get("/api/v1/org-units?size=100").then().statusCode(200)
                .body("items.code", hasItems("H-TPTN", "O-P1", "O-NINHSON")).body("items.code", not(hasItem("X-TANNINH")));
        // a list shows each unit's successor by name, inside the caller's subtree or not, for a branch and the root
        for (String user : List.of("canbo.huyen", "admin")) {
            as(user).queryParam("q", "o-p1").queryParam("sort", "code,desc").get("/api/v1/org-units").then()
                    .statusCode(200).body("items.find { it.code == 'O-P1' }.successorName",
                            equalTo("Hội Chữ thập đỏ phường Tân Ninh"));
        }
    }

    @Test
    void theListFiltersByParentAndSortsByEveryKey() {
        long district = unitId("H-TPTN");
        List<Map<String, Object>> children = as("admin").queryParam("parentId", district).queryParam("size", 100)
                .get("/api/v1/org-units").then().statusCode(200).body("items.code", hasItem("O-P1"))
                .extract().path("items");
        assertTrue(children.stream().allMatch(u -> ((Number) u.get("parentId")).longValue() == district));
        List<String> from = as("admin").get("/api/v1/org-units?size=100&sort=validFrom,desc").then().statusCode(200)
                .extract().path("items.validFrom");
        for (int i = 1; i < from.size(); i++) {
            assertTrue(from.get(i - 1).compareTo(from.get(i)) >= 0, "validFrom descending: " + from);
        }
        List<Integer> ids = as("admin").get("/api/v1/org-units?size=100&sort=id,asc").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(ids.stream().sorted().toList(), ids);
        // a page past the end is empty and still counts the whole set
        as("admin").get("/api/v1/org-units?page=500&size=100").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(
                        as("admin").get("/api/v1/org-units?size=1").then().extract().path("totalItems")));
    }

    @Test
    void onlyAdminsChangeTheTree() {
        raw("canbo.tinh").contentType(ContentType.JSON)
                .body(unit(code(), "Không được phép", "COMMUNE", unitId("TNH"), "2025-07-01"))
                .post("/api/v1/org-units").then().statusCode(403);
        raw("lanhdao").contentType(ContentType.JSON)
                .body(unit(code(), "Không được phép", "COMMUNE", unitId("TNH"), "2025-07-01"))
                .post("/api/v1/org-units").then().statusCode(403);
    }

    @Test
    void createRetireWithSuccessorAndRefuseBadChanges() {
        long root = unitId("TNH");
        String c = code();
        int id = as("admin").body(unit(c, "Hội Chữ thập đỏ xã Mới", "COMMUNE", root, "2025-07-01"))
                .post("/api/v1/org-units").then().statusCode(201).body("validTo", equalTo(null)).extract().path("id");
        int chapter = as("admin").body(unit(code(), "Chi hội ấp 1", "CHAPTER", id, "2025-07-01"))
                .post("/api/v1/org-units").then().statusCode(201).extract().path("id");
        as("admin").get("/api/v1/org-units/" + id + "/subtree").then().body("items.id", hasItems(id, chapter));

        String etag = as("admin").get("/api/v1/org-units/" + id).then().extract().header("ETag");
        Map<String, Object> retire = unit(c, "Hội Chữ thập đỏ xã Mới", "COMMUNE", root, "2025-07-01");
        retire.put("successorId", unitId("X-TANNINH"));
        raw("admin").header("If-Match", etag).contentType(ContentType.JSON).body(retire).put("/api/v1/org-units/" + id)
                .then().statusCode(400).body("errors.field", hasItem("validTo"));
        retire.put("validTo", "2026-12-31");
        as("admin").header("If-Match", etag).body(retire).put("/api/v1/org-units/" + id).then().statusCode(200)
                .body("validTo", equalTo("2026-12-31")).body("successorId", equalTo((int) unitId("X-TANNINH")));

        // a unit cannot move under its own descendant
        String etag2 = as("admin").get("/api/v1/org-units/" + id).then().extract().header("ETag");
        Map<String, Object> cycle = unit(c, "Hội Chữ thập đỏ xã Mới", "COMMUNE", chapter, "2025-07-01");
        raw("admin").header("If-Match", etag2).contentType(ContentType.JSON).body(cycle).put("/api/v1/org-units/" + id)
                .then().statusCode(400).body("errors.field", hasItem("parentId"));
        // a unit with children is not deleted
        raw("admin").header("If-Match", etag2).delete("/api/v1/org-units/" + id).then().statusCode(409);
        String chapterTag = as("admin").get("/api/v1/org-units/" + chapter).then().extract().header("ETag");
        as("admin").header("If-Match", chapterTag).delete("/api/v1/org-units/" + chapter).then().statusCode(204);
        raw("admin").get("/api/v1/org-units/" + chapter).then().statusCode(404);
        // duplicate code
        raw("admin").contentType(ContentType.JSON).body(unit(c, "Trùng mã", "COMMUNE", root, "2025-07-01"))
                .post("/api/v1/org-units").then().statusCode(409);
    }

    @Test
    void movingAUnitMovesItsSubtreeInTheScope() {
        long root = unitId("TNH");
        int a = as("admin").body(unit(code(), "Đơn vị A", "COMMUNE", root, "2025-07-01")).post("/api/v1/org-units")
                .then().statusCode(201).extract().path("id");
        int child = as("admin").body(unit(code(), "Chi hội của A", "CHAPTER", a, "2025-07-01"))
                .post("/api/v1/org-units").then().statusCode(201).extract().path("id");
        long tanNinh = unitId("X-TANNINH");
        String etag = as("admin").get("/api/v1/org-units/" + a).then().extract().header("ETag");
        String aCode = as("admin").get("/api/v1/org-units/" + a).then().extract().path("code");
        as("admin").header("If-Match", etag).body(unit(aCode, "Đơn vị A", "CHAPTER", tanNinh, "2025-07-01"))
                .put("/api/v1/org-units/" + a).then().statusCode(200);
        as("canbo.xa").get("/api/v1/org-units/" + child).then().statusCode(200);
    }
}
