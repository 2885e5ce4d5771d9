package vn.thidua.nomination;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.thidua.nomination.Nominations.BRANCH;
import static vn.thidua.nomination.Nominations.create;
import static vn.thidua.nomination.Nominations.individual;
import static vn.thidua.support.Uploads.jpeg;
import static vn.thidua.nomination.Nominations.marker;
import static vn.thidua.nomination.Nominations.upload;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.rawAnon;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another branch's nomination does not exist for you, whatever you try. */
@QuarkusTest
class NominationScopeTest {
    @Test
    void anotherBranchsNominationIsA404ForEveryVerb() {
        String m = marker();
        long id = create("Của phường Tân Ninh " + m);
        long photo = upload(BRANCH, id, "anh.jpg", jpeg(40, 30), "image/jpeg");
        String etag = as(BRANCH).get("/api/v1/nominations/" + id).then().statusCode(200).extract().header("ETag");
        String base = "/api/v1/nominations/" + id;
        for (String other : List.of("canbo.xa2", "canbo.huyen")) {
            raw(other).get(base).then().statusCode(404).body("status", equalTo(404));
            raw(other).contentType(ContentType.JSON).header("If-Match", etag).body(individual("x")).put(base).then()
                    .statusCode(404);
            for (String action : List.of("SUBMIT", "WITHDRAW")) {
                raw(other).contentType(ContentType.JSON).body(Map.of("action", action)).post(base + "/transitions")
                        .then().statusCode(404);
            }
            raw(other).get(base + "/history").then().statusCode(404);
            raw(other).get(base + "/replications").then().statusCode(404);
            raw(other).get(base + "/attachments").then().statusCode(404);
            raw(other).contentType("multipart/form-data").multiPart("file", "x.jpg", jpeg(20, 20), "image/jpeg")
                    .post(base + "/attachments").then().statusCode(404);
            raw(other).get("/api/v1/attachments/" + photo).then().statusCode(404);
            raw(other).get("/api/v1/attachments/" + photo + "/thumbnail").then().statusCode(404);
            raw(other).delete("/api/v1/attachments/" + photo).then().statusCode(404);
            as(other).queryParam("q", m).get("/api/v1/nominations").then().body("totalItems", equalTo(0));
        }
        raw("canbo.xa2").queryParam("orgUnitId", unitId("X-TANNINH")).get("/api/v1/nominations").then().statusCode(404);
        raw("canbo.xa2").queryParam("orgUnitId", unitId("X-TANNINH")).get("/api/v1/nominations/counts").then()
                .statusCode(404);
        // and the owner still has everything
        as(BRANCH).get(base + "/attachments").then().statusCode(200).body("items.id", hasItem((int) photo));
        as(BRANCH).get(base).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void aBranchSeesItsChaptersButNotItsNeighbours() {
        String m = marker();
        Map<String, Object> b = individual("Chi hội khu phố 1 " + m);
        b.put("orgUnitId", unitId("CH-TANNINH-KP1"));
        long chapter = create(BRANCH, b);
        Map<String, Object> n = individual("Phường Long Hoa " + m);
        n.put("orgUnitId", unitId("X-LONGHOA"));
        long neighbour = create("canbo.xa2", n);
        as(BRANCH).queryParam("q", m).get("/api/v1/nominations").then().body("items.id", hasItem((int) chapter))
                .body("items.id", not(hasItem((int) neighbour)));
        as("canbo.tinh").queryParam("q", m).get("/api/v1/nominations").then().body("totalItems", equalTo(2));
    }

    @Test
    void pagesFollowTheSortWithNoGapsOrOverlapsForTheProvinceAndForABranch() {
        String m = marker();
        // made in another order than either sort, in two branches; Vietnamese order: An < Ánh < Bình < Đặng
        for (String name : List.of("Bình", "Đặng", "An", "Ánh")) {
            Map<String, Object> b = individual("Sắp xếp " + m);
            b.put("nomineeName", name + " " + m);
            if (name.equals("Đặng")) {
                b.put("orgUnitId", unitId("X-LONGHOA"));
            }
            create(name.equals("Đặng") ? "canbo.xa2" : BRANCH, b);
        }
        assertEquals(List.of("An", "Ánh", "Bình", "Đặng"), names("canbo.tinh", m, "nomineeName,asc"));
        assertEquals(List.of("Đặng", "Bình", "Ánh", "An"), names("canbo.tinh", m, "nomineeName,desc"));
        assertEquals(List.of("An", "Ánh", "Bình"), names(BRANCH, m, "nomineeName,asc"));
    }

    /** Every page of size 2 of a search, in order, as the first word of each nominee's name. */
    private static List<String> names(String user, String q, String sort) {
        List<String> out = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<String> items = as(user).queryParam("q", q).queryParam("sort", sort).queryParam("size", 2)
                    .queryParam("page", page).get("/api/v1/nominations").then().statusCode(200)
                    .extract().jsonPath().getList("items.nomineeName", String.class);
            items.forEach(n -> out.add(n.substring(0, n.indexOf(' '))));
        }
        return out;
    }

    @Test
    void nothingWithoutLogin() {
        rawAnon().get("/api/v1/nominations").then().statusCode(401);
        rawAnon().get("/api/v1/attachments/1").then().statusCode(401);
    }
}
