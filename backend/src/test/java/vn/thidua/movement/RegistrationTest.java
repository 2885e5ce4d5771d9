package vn.thidua.movement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.thidua.movement.Movements.idOf;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registrations [đăng ký thi đua]: one per unit, scoped to the caller's subtree, frozen once the movement closes. */
@QuarkusTest
class RegistrationTest {
    static Map<String, Object> reg(Long unitId, String commitments, Map<String, Object>... targets) {
        Map<String, Object> m = new HashMap<>();
        if (unitId != null) {
            m.put("orgUnitId", unitId);
        }
        m.put("commitments", commitments);
        m.put("targets", List.of(targets));
        return m;
    }

    static Map<String, Object> target(String name, double value, String unit) {
        return Map.of("name", name, "value", value, "unit", unit);
    }

    static String regs(long movementId) {
        return "/api/v1/movements/" + movementId + "/registrations";
    }

    @Test
    void aBranchOfficerRegistersTheirOwnUnitOnceAndOnlyUnitsOfTheirSubtree() {
        long m = Movements.create("Phong trào hiến máu tình nguyện", "2026-01-01", null);
        int id = as("canbo.xa").body(reg(null, "Vận động 200 người hiến máu",
                        target("Người hiến máu", 200, "người")))
                .post(regs(m)).then().statusCode(201)
                .body("orgUnitId", equalTo((int) unitId("X-TANNINH")))
                .body("orgUnitName", equalTo("Hội Chữ thập đỏ phường Tân Ninh"))
                .body("targets[0].name", equalTo("Người hiến máu")).body("targets[0].value", equalTo(200.0f))
                .extract().path("id");
        // a second registration of the same unit is a conflict
        raw("canbo.xa").contentType(ContentType.JSON).body(reg(unitId("X-TANNINH"), "Lần hai")).post(regs(m))
                .then().statusCode(409);
        // another branch's unit is not theirs to register
        raw("canbo.xa").contentType(ContentType.JSON).body(reg(unitId("X-LONGHOA"), "Không phải đơn vị mình"))
                .post(regs(m)).then().statusCode(400).body("errors.field", hasItem("orgUnitId"));
        // a chapter of their own subtree is
        as("canbo.xa").body(reg(unitId("CH-TANNINH-KP1"), "Chi hội khu phố 1 vận động 30 người")).post(regs(m))
                .then().statusCode(201);
        // a unit dissolved in 2025 cannot register today
        raw("canbo.huyen").contentType(ContentType.JSON).body(reg(unitId("O-P1"), "Đơn vị đã giải thể"))
                .post(regs(m)).then().statusCode(400).body("errors.field", hasItem("orgUnitId"));
        as("canbo.xa").get(regs(m)).then().statusCode(200).body("totalItems", equalTo(2));
        as("canbo.tinh").get(regs(m) + "/" + id).then().statusCode(200);
        raw("lanhdao").contentType(ContentType.JSON).body(reg(unitId("X-LONGHOA"), "Lãnh đạo không đăng ký"))
                .post(regs(m)).then().statusCode(403);
        raw("canbo.xa").contentType(ContentType.JSON).body(reg(null, "Phong trào không có")).post(regs(999999999))
                .then().statusCode(404);
        raw("canbo.xa").contentType(ContentType.JSON).body(Map.of("commitments", "  ")).post(regs(m)).then()
                .statusCode(400).body("errors.field", hasItem("commitments"));
    }

    @Test
    void anotherBranchsRegistrationIsNotFoundForEveryVerb() {
        long m = Movements.create("Phong trào ngân hàng bò", "2026-01-01", null);
        int id = as("canbo.xa").body(reg(null, "Trao 5 con bò giống")).post(regs(m)).then().statusCode(201)
                .extract().path("id");
        String etag = as("canbo.xa").get(regs(m) + "/" + id).then().statusCode(200).extract().header("ETag");
        as("canbo.xa2").get(regs(m)).then().statusCode(200).body("totalItems", equalTo(0));
        raw("canbo.xa2").get(regs(m) + "/" + id).then().statusCode(404);
        raw("canbo.xa2").header("If-Match", etag).contentType(ContentType.JSON).body(reg(null, "Sửa trộm"))
                .put(regs(m) + "/" + id).then().statusCode(404);
        raw("canbo.xa2").header("If-Match", etag).delete(regs(m) + "/" + id).then().statusCode(404);
        raw("canbo.xa2").queryParam("orgUnitId", unitId("X-TANNINH")).get(regs(m)).then().statusCode(404);
        // the province sees every branch's registration
        as("canbo.tinh").get(regs(m)).then().statusCode(200).body("items.id", hasItem(id));
        as("lanhdao").get(regs(m) + "/" + id).then().statusCode(200);
    }

    @Test
    void editWithIfMatchAndWithdrawWhileOpenNeitherOnceClosed() {
        Map<String, Object> body = Movements.movement(Movements.code(), "Phong trào sơ cấp cứu cộng đồng",
                "2026-01-01", null);
        long m = ((Number) as("canbo.tinh").body(body).post("/api/v1/movements").then().statusCode(201).extract()
                .path("id")).longValue();
        int id = as("canbo.xa2").body(reg(null, "Tập huấn sơ cấp cứu cho 50 tình nguyện viên")).post(regs(m)).then()
                .statusCode(201).extract().path("id");
        String etag = as("canbo.xa2").get(regs(m) + "/" + id).then().extract().header("ETag");
        raw("canbo.xa2").contentType(ContentType.JSON).body(reg(null, "Không có If-Match")).put(regs(m) + "/" + id)
                .then().statusCode(428);
        String etag2 = as("canbo.xa2").header("If-Match", etag)
                .body(reg(null, "Tập huấn cho 80 tình nguyện viên", target("Tình nguyện viên", 80, "người")))
                .put(regs(m) + "/" + id).then().statusCode(200).body("commitments", equalTo("Tập huấn cho 80 tình nguyện viên"))
                .body("targets", hasSize(1)).extract().header("ETag");
        assertNotEquals(etag, etag2);
        raw("canbo.xa2").header("If-Match", etag).contentType(ContentType.JSON).body(reg(null, "Cũ"))
                .put(regs(m) + "/" + id).then().statusCode(412);
        // changing only the targets still moves the version
        String etag3 = as("canbo.xa2").header("If-Match", etag2)
                .body(reg(null, "Tập huấn cho 80 tình nguyện viên", target("Tình nguyện viên", 90, "người")))
                .put(regs(m) + "/" + id).then().statusCode(200).body("targets[0].value", equalTo(90.0f))
                .extract().header("ETag");
        assertNotEquals(etag2, etag3);
        raw("canbo.xa2").header("If-Match", etag3).contentType(ContentType.JSON)
                .body(reg(unitId("O-LONGHOA"), "Đổi đơn vị")).put(regs(m) + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));

        // the province closes the movement: registrations are frozen
        String mTag = as("canbo.tinh").get("/api/v1/movements/" + m).then().extract().header("ETag");
        body.put("status", "CLOSED");
        as("canbo.tinh").header("If-Match", mTag).body(body).put("/api/v1/movements/" + m).then().statusCode(200);
        raw("canbo.xa2").header("If-Match", etag3).contentType(ContentType.JSON).body(reg(null, "Sau khi kết thúc"))
                .put(regs(m) + "/" + id).then().statusCode(409);
        raw("canbo.xa2").header("If-Match", etag3).delete(regs(m) + "/" + id).then().statusCode(409);
        raw("canbo.xa").contentType(ContentType.JSON).body(reg(null, "Đăng ký muộn")).post(regs(m)).then()
                .statusCode(409);

        // reopened, it can be withdrawn, and then registered again
        mTag = as("canbo.tinh").get("/api/v1/movements/" + m).then().extract().header("ETag");
        body.put("status", "ACTIVE");
        as("canbo.tinh").header("If-Match", mTag).body(body).put("/api/v1/movements/" + m).then().statusCode(200);
        raw("lanhdao").header("If-Match", etag3).delete(regs(m) + "/" + id).then().statusCode(403);
        as("canbo.xa2").header("If-Match", etag3).delete(regs(m) + "/" + id).then().statusCode(204);
        raw("canbo.xa2").get(regs(m) + "/" + id).then().statusCode(404);
        as("canbo.xa2").body(reg(null, "Đăng ký lại")).post(regs(m)).then().statusCode(201);
    }

    @Test
    void whoHasNotRegisteredAmongTheActiveUnitsConcerned() {
        // a movement of 2021: the districts and communes of 2021 and today's branches are concerned
        long m = Movements.create("Phong trào nước sạch cho vùng biên giới", "2021-03-01", null);
        Map<String, Object> p2 = reg(unitId("O-P2"), "Phường 2 lắp đặt 3 trạm nước", target("Trạm nước", 3, "trạm"));
        p2.put("registeredOn", "2021-03-10");
        as("canbo.huyen").body(p2).post(regs(m)).then().statusCode(201).body("registeredOn", equalTo("2021-03-10"));
        List<String> codes = as("canbo.tinh").get("/api/v1/movements/" + m + "/unregistered-units").then()
                .statusCode(200).extract().path("items.code");
        org.junit.jupiter.api.Assertions.assertTrue(codes.containsAll(List.of("H-TPTN", "O-P1", "X-TANNINH",
                "X-LONGHOA")));
        org.junit.jupiter.api.Assertions.assertFalse(codes.contains("O-P2"));
        org.junit.jupiter.api.Assertions.assertFalse(codes.contains("TNH-VP"), "departments are not concerned");
        org.junit.jupiter.api.Assertions.assertFalse(codes.contains("CH-TANNINH-KP1"), "chapters are not concerned");
        // scoped: the district officer sees their own communes only
        as("canbo.huyen").get("/api/v1/movements/" + m + "/unregistered-units").then().statusCode(200)
                .body("items.code", hasItems("H-TPTN", "O-P1")).body("items.code", not(hasItem("O-P2")))
                .body("items.code", not(hasItem("X-LONGHOA")));
        as("canbo.xa").get("/api/v1/movements/" + m + "/unregistered-units").then().statusCode(200)
                .body("items.code", equalTo(List.of("X-TANNINH")));
        as("canbo.xa").body(reg(null, "Tân Ninh tham gia")).post(regs(m)).then().statusCode(201);
        as("canbo.xa").get("/api/v1/movements/" + m + "/unregistered-units").then().statusCode(200)
                .body("items", hasSize(0));
        // a movement starting today does not concern the units dissolved in 2025
        long now = Movements.create("Phong trào mới", java.time.LocalDate.now().toString(), null);
        as("canbo.tinh").get("/api/v1/movements/" + now + "/unregistered-units").then().statusCode(200)
                .body("items.code", hasItem("X-TANNINH")).body("items.code", not(hasItem("H-TPTN")));
    }

    @Test
    void aNullTargetOrAFiveDigitYearIsA400NotA500() {
        long m = Movements.create("Phong trào thử mục tiêu rỗng", "2026-01-01", null);
        Map<String, Object> body = reg(null, "Cam kết");
        body.put("targets", java.util.Collections.singletonList(null));
        raw("canbo.xa").contentType(ContentType.JSON).body(body).post(regs(m)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("targets[0]"));
        Map<String, Object> farFuture = reg(null, "Cam kết");
        farFuture.put("registeredOn", "+10000-01-01");
        raw("canbo.xa").contentType(ContentType.JSON).body(farFuture).post(regs(m)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("registeredOn"));
        as("canbo.xa").get(regs(m)).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theDemoRegistrationsOf2021AreThere() {
        long ngheo = idOf("PT-VINGUOINGHEO");
        as("canbo.tinh").get(regs(ngheo)).then().statusCode(200)
                .body("items.orgUnitName", hasItems("Hội Chữ thập đỏ thành phố Tây Ninh", "Hội Chữ thập đỏ Phường 1"))
                .body("items.find { it.orgUnitName == 'Hội Chữ thập đỏ thành phố Tây Ninh' }.targets.name",
                        hasItems("Hộ nghèo được hỗ trợ", "Kinh phí vận động"));
        as("canbo.huyen").get(regs(ngheo)).then().statusCode(200).body("totalItems", equalTo(2));
        as("canbo.xa").get(regs(ngheo)).then().statusCode(200).body("totalItems", equalTo(0));
        // the election movement is closed: nobody registers for it now
        raw("canbo.xa").contentType(ContentType.JSON).body(reg(null, "Muộn")).post(regs(idOf("PT-BAUCU2021")))
                .then().statusCode(409);
    }
}
