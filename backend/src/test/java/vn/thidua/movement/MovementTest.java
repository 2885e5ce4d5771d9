package vn.thidua.movement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.thidua.movement.Movements.code;
import static vn.thidua.movement.Movements.idOf;
import static vn.thidua.movement.Movements.movement;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Movements: province-wide reading, management by the province, the list filters and the date rule. */
@QuarkusTest
class MovementTest {
    @Test
    void everyMovementOfTheSeedPlanExistsWithItsCampaign() {
        as("canbo.xa").queryParam("year", 2021).queryParam("size", 100).get("/api/v1/movements").then()
                .statusCode(200)
                .body("items.name", hasItems("Tây Ninh chung sức xây dựng nông thôn mới",
                        "Doanh nghiệp Việt Nam hội nhập và phát triển",
                        "Tây Ninh chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
                        "Cán bộ, công chức, viên chức Tây Ninh thi đua thực hiện văn hóa công sở",
                        "Đoàn kết, sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế",
                        "Toàn dân đoàn kết xây dựng đời sống văn hóa",
                        "Thực hiện công tác cải cách hành chính, vận động Nhân dân sử dụng dịch vụ công mức độ 4",
                        "Phong trào thi đua do cơ quan, đơn vị phát động",
                        "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
                        "Cán bộ, công chức, viên chức nói không với tiêu cực",
                        "Tết Nhân ái", "Người tốt, việc thiện – Chung sức xây dựng cộng đồng nhân ái"));
        as("canbo.xa").get("/api/v1/movements/" + idOf("PT-NTM")).then().statusCode(200)
                .body("tiedToMovementName", equalTo("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"))
                .body("launchedBy", equalTo("UBND tỉnh Tây Ninh"));
        as("lanhdao").get("/api/v1/movements/" + idOf("PT-VANHOACONGSO")).then().statusCode(200)
                .body("tiedToMovementName", equalTo("Cán bộ, công chức, viên chức nói không với tiêu cực"));
        as("canbo.huyen").get("/api/v1/movements/" + idOf("PT-DONVI")).then().statusCode(200)
                .body("launchingOrgUnitId", equalTo((int) unitId("TNH"))).body("launchedBy", nullValue())
                .body("launchingOrgUnitName", equalTo("Hội Chữ thập đỏ tỉnh Tây Ninh"));
        as("canbo.xa2").get("/api/v1/movements/" + idOf("PT-BAUCU2021")).then().statusCode(200)
                .body("kind", equalTo("THEMATIC")).body("status", equalTo("CLOSED"))
                .body("endDate", equalTo("2021-05-31"));
    }

    @Test
    void filtersByKindStatusYearAndFoldedSearch() {
        as("canbo.tinh").queryParam("kind", "CAMPAIGN").queryParam("size", 100).get("/api/v1/movements").then()
                .statusCode(200).body("items.kind", everyItem(equalTo("CAMPAIGN")))
                .body("items.code", hasItems("CVD-NTM", "CVD-TIEUCUC")).body("items.code", not(hasItem("PT-NTM")));
        as("canbo.tinh").queryParam("status", "CLOSED").queryParam("size", 100).get("/api/v1/movements").then()
                .statusCode(200).body("items.status", everyItem(equalTo("CLOSED")))
                .body("items.code", hasItem("PT-BAUCU2021"));
        // active in a year: the election movement ended in May 2021; the regular ones have no end
        as("canbo.tinh").queryParam("year", 2022).queryParam("size", 100).get("/api/v1/movements").then()
                .statusCode(200).body("items.code", hasItem("PT-NTM")).body("items.code", not(hasItem("PT-BAUCU2021")));
        as("canbo.tinh").queryParam("year", 2020).queryParam("size", 100).get("/api/v1/movements").then()
                .statusCode(200).body("items.code", not(hasItem("PT-NTM")));
        // a movement running 15/12/2019 – 10/01/2020 is active in 2019 and 2020, not in 2021
        long span = Movements.create("Phong trào vắt qua năm", "2019-12-15", "2020-01-10");
        as("canbo.tinh").queryParam("year", 2019).queryParam("size", 100).get("/api/v1/movements").then()
                .body("items.id", hasItem((int) span));
        as("canbo.tinh").queryParam("year", 2020).queryParam("size", 100).get("/api/v1/movements").then()
                .body("items.id", hasItem((int) span));
        as("canbo.tinh").queryParam("year", 2021).queryParam("size", 100).get("/api/v1/movements").then()
                .body("items.id", not(hasItem((int) span)));
        // case and diacritics do not matter; codes are searched too
        as("canbo.xa").queryParam("q", "tet nhan ai").get("/api/v1/movements").then().statusCode(200)
                .body("items.code", hasItem("HCTD-TETNHANAI"));
        as("canbo.xa").queryParam("q", "NGƯỜI NGHÈO").get("/api/v1/movements").then().statusCode(200)
                .body("items.code", hasItem("PT-VINGUOINGHEO"));
        as("canbo.xa").queryParam("q", "van hoa cong so").get("/api/v1/movements").then().statusCode(200)
                .body("items.code", hasItem("PT-VANHOACONGSO"));
        as("canbo.xa").queryParam("q", "pt-cchc").get("/api/v1/movements").then().statusCode(200)
                .body("items.code", hasItem("PT-CCHC"));
        // newest first by default
        as("canbo.tinh").queryParam("status", "CLOSED").queryParam("kind", "THEMATIC").queryParam("year", 2021)
                .queryParam("sort", "startDate,desc").get("/api/v1/movements").then().statusCode(200);
        raw("canbo.tinh").queryParam("sort", "description,asc").get("/api/v1/movements").then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        raw("canbo.tinh").queryParam("kind", "OTHER").get("/api/v1/movements").then().statusCode(400);
    }

    @Test
    void theProvinceManagesMovementsAndEveryRoleReadsThem() {
        String c = code();
        Map<String, Object> body = movement(c, "Phong trào thi đua chào mừng Đại hội Hội Chữ thập đỏ", "2026-01-01",
                "2026-12-31");
        raw("canbo.xa").contentType(ContentType.JSON).body(body).post("/api/v1/movements").then().statusCode(403);
        raw("lanhdao").contentType(ContentType.JSON).body(body).post("/api/v1/movements").then().statusCode(403);
        int id = as("canbo.tinh").body(body).post("/api/v1/movements").then().statusCode(201)
                .body("code", equalTo(c)).body("kind", equalTo("REGULAR")).extract().path("id");
        for (String user : new String[]{"admin", "canbo.tinh", "lanhdao", "canbo.xa", "canbo.xa2", "canbo.huyen"}) {
            as(user).get("/api/v1/movements/" + id).then().statusCode(200).body("id", equalTo(id));
        }
        String etag = as("canbo.tinh").get("/api/v1/movements/" + id).then().extract().header("ETag");
        body.put("status", "CLOSED");
        body.put("criteria", "Hoàn thành 100% chỉ tiêu");
        raw("canbo.xa").header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/movements/" + id).then().statusCode(403);
        raw("canbo.tinh").contentType(ContentType.JSON).body(body).put("/api/v1/movements/" + id).then()
                .statusCode(428);
        as("admin").header("If-Match", etag).body(body).put("/api/v1/movements/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("criteria", equalTo("Hoàn thành 100% chỉ tiêu"));
        raw("canbo.tinh").header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/movements/" + id).then().statusCode(412);
        raw("canbo.tinh").get("/api/v1/movements/999999999").then().statusCode(404);
        // a duplicate code is a conflict
        raw("canbo.tinh").contentType(ContentType.JSON).body(movement(c, "Trùng mã", "2026-01-01", null))
                .post("/api/v1/movements").then().statusCode(409);
    }

    @Test
    void badDatesAndLaunchersAreRefusedNamingTheFieldAndWriteNothing() {
        String c = code();
        raw("canbo.tinh").contentType(ContentType.JSON).body(movement(c, "Sai ngày", "2026-05-01", "2026-04-30"))
                .post("/api/v1/movements").then().statusCode(400).body("errors.field", hasItem("endDate"));
        raw("canbo.tinh").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(movement(c, "Sai ngày", "2026-05-01", "2026-04-30")).post("/api/v1/movements").then()
                .statusCode(400).body("errors.find { it.field == 'endDate' }.message",
                        equalTo("The end date must not be before the start date"));
        as("canbo.tinh").queryParam("q", c).get("/api/v1/movements").then().body("totalItems", equalTo(0));

        Map<String, Object> noLauncher = movement(c, "Không có nơi phát động", "2026-05-01", null);
        noLauncher.remove("launchedBy");
        raw("canbo.tinh").contentType(ContentType.JSON).body(noLauncher).post("/api/v1/movements").then()
                .statusCode(400).body("errors.field", hasItem("launchedBy"));
        Map<String, Object> both = movement(c, "Hai nơi phát động", "2026-05-01", null);
        both.put("launchingOrgUnitId", unitId("TNH"));
        raw("canbo.tinh").contentType(ContentType.JSON).body(both).post("/api/v1/movements").then()
                .statusCode(400).body("errors.field", hasItem("launchingOrgUnitId"));
        Map<String, Object> tied = movement(c, "Gắn với phong trào không có", "2026-05-01", null);
        tied.put("tiedToMovementId", 999999999);
        raw("canbo.tinh").contentType(ContentType.JSON).body(tied).post("/api/v1/movements").then()
                .statusCode(400).body("errors.field", hasItem("tiedToMovementId"));
        Map<String, Object> noStart = movement(c, "Không có ngày bắt đầu", null, null);
        raw("canbo.tinh").contentType(ContentType.JSON).body(noStart).post("/api/v1/movements").then()
                .statusCode(400).body("errors.field", hasItem("startDate"));
        raw("canbo.tinh").contentType(ContentType.JSON).body("{\"code\": \"X\", \"name\": 5, \"extra\": 1}")
                .post("/api/v1/movements").then().statusCode(400);
        as("canbo.tinh").queryParam("q", c).get("/api/v1/movements").then().body("totalItems", equalTo(0));

        // a campaign tied to itself, or in a circle, is refused
        long campaign = Movements.create("Cuộc vận động thử", "2026-01-01", null);
        Map<String, Object> child = movement(code(), "Phong trào gắn với cuộc vận động thử", "2026-01-01", null);
        child.put("tiedToMovementId", campaign);
        int childId = as("canbo.tinh").body(child).post("/api/v1/movements").then().statusCode(201)
                .body("tiedToMovementName", equalTo("Cuộc vận động thử")).extract().path("id");
        Map<String, Object> parent = as("canbo.tinh").get("/api/v1/movements/" + campaign).then().extract()
                .as(Map.class);
        String etag = as("canbo.tinh").get("/api/v1/movements/" + campaign).then().extract().header("ETag");
        Map<String, Object> circle = movement((String) parent.get("code"), "Cuộc vận động thử", "2026-01-01", null);
        circle.put("tiedToMovementId", childId);
        raw("canbo.tinh").header("If-Match", etag).contentType(ContentType.JSON).body(circle)
                .put("/api/v1/movements/" + campaign).then().statusCode(400)
                .body("errors.field", hasItem("tiedToMovementId"));
        circle.put("tiedToMovementId", campaign);
        raw("canbo.tinh").header("If-Match", etag).contentType(ContentType.JSON).body(circle)
                .put("/api/v1/movements/" + campaign).then().statusCode(400)
                .body("errors.field", hasItem("tiedToMovementId"));
        assertEquals(etag, as("canbo.tinh").get("/api/v1/movements/" + campaign).then().extract().header("ETag"));
    }
}
