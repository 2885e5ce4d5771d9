package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.unitId;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Figures computed from real activities and communications: period edges of Decree 09/2019 and the 2025
 * re-organisation (records of a commune dissolved in 2025 count for its 2021 district and the province).
 */
@QuarkusTest
class FiguresFromRecordsTest {
    static long unit(String name, String level, long parent, String from, String to) {
        Map<String, Object> u = new HashMap<>();
        u.put("code", "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        u.put("name", name);
        u.put("level", level);
        u.put("parentId", parent);
        u.put("validFrom", from);
        if (to != null) {
            u.put("validTo", to);
        }
        return ((Number) as("admin").body(u).post("/api/v1/org-units").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static void gift(long unit, String day, long cash) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "GIFT_VISIT");
        m.put("title", "Thăm hỏi tặng quà hộ nghèo");
        m.put("startDate", day);
        m.put("orgUnitId", unit);
        m.put("participants", 4);
        m.put("beneficiaries", 10);
        m.put("giftCount", 10);
        m.put("giftCashVnd", cash);
        m.put("giftInKindVnd", 0);
        as("canbo.tinh").body(m).post("/api/v1/activities").then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Number> total(long unit, String period, String section) {
        Map<String, Object> f = as("canbo.tinh").get("/api/v1/figures?orgUnitId=" + unit + "&period=" + period)
                .then().statusCode(200).extract().path("$");
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) f.get("sections")).get(section);
        return (Map<String, Number>) s.get("total");
    }

    @Test
    void periodEdgesAndTheDatedTree() {
        long district = unit("Hội Chữ thập đỏ huyện Thử", "DISTRICT", unitId("TNH"), "2000-01-01", "2025-06-30");
        long commune = unit("Hội Chữ thập đỏ xã Thử", "COMMUNE", district, "2000-01-01", "2025-06-30");
        gift(commune, "2020-12-20", 1_000_000); // 2021S1 and 2021
        gift(commune, "2021-06-15", 2_000_000); // 2021, not 2021S1
        gift(commune, "2020-12-14", 4_000_000); // 2020
        assertEquals(1, total(district, "2021S1", "activities").get("records").intValue());
        assertEquals(1_000_000L, total(district, "2021S1", "activities").get("cashVnd").longValue());
        assertEquals(2, total(district, "2021", "activities").get("records").intValue());
        assertEquals(3_000_000L, total(district, "2021", "activities").get("cashVnd").longValue());
        assertEquals(4_000_000L, total(commune, "2020", "activities").get("cashVnd").longValue());
        // the district is a child of the province in 2021, with the commune's money in its row
        List<Map<String, Object>> children = as("canbo.tinh").get("/api/v1/figures?period=2021").then()
                .statusCode(200).extract().path("children");
        Map<String, Object> row = children.stream().filter(c -> ((Number) c.get("orgUnitId")).longValue() == district)
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Number> values = (Map<String, Number>) row.get("values");
        assertEquals(3_000_000L, values.get("activities.cashVnd").longValue());
        // and it is not a child of the province in 2026, after the re-organisation
        List<Map<String, Object>> later = as("canbo.tinh").get("/api/v1/figures?period=2026").then()
                .statusCode(200).extract().path("children");
        assertEquals(0, later.stream().filter(c -> ((Number) c.get("orgUnitId")).longValue() == district).count());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> months(String user, long unit, String period) {
        List<Map<String, Object>> list = as(user).get("/api/v1/figures/monthly?orgUnitId=" + unit + "&period=" + period)
                .then().statusCode(200).extract().path("months");
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        list.forEach(m -> out.put((String) m.get("month"), m));
        return out;
    }

    @SuppressWarnings("unchecked")
    static long value(Map<String, Object> month, String key) {
        return ((Map<String, Number>) month.get("values")).get(key).longValue();
    }

    @Test
    void activitiesPerMonthFollowThePeriodAndTheDatedTree() {
        long district = unit("Hội Chữ thập đỏ huyện Tháng", "DISTRICT", unitId("TNH"), "2000-01-01", "2025-06-30");
        long commune = unit("Hội Chữ thập đỏ xã Tháng", "COMMUNE", district, "2000-01-01", "2025-06-30");
        gift(commune, "2020-12-20", 1_000_000); // Th12/2020 of 2021S1 and 2021
        gift(commune, "2021-06-15", 2_000_000); // Th6/2021 of 2021, after 2021S1
        gift(commune, "2020-12-14", 4_000_000); // Th12/2020 of the year 2020

        Map<String, Map<String, Object>> s1 = months("canbo.tinh", district, "2021S1");
        assertEquals(List.of("2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"),
                List.copyOf(s1.keySet()));
        assertEquals("2020-12-15", s1.get("2020-12").get("from"));
        assertEquals("2021-06-14", s1.get("2021-06").get("to"));
        assertEquals(1, value(s1.get("2020-12"), "activities.records"));
        assertEquals(1_000_000, value(s1.get("2020-12"), "activities.cashVnd"));
        assertEquals(0, value(s1.get("2021-06"), "activities.records"));

        Map<String, Map<String, Object>> year = months("canbo.tinh", district, "2021");
        assertEquals(13, year.size());
        assertEquals("2021-12-14", year.get("2021-12").get("to"));
        assertEquals(1, value(year.get("2020-12"), "activities.records")); // not the one of 14/12/2020
        assertEquals(1, value(year.get("2021-06"), "activities.records"));
        assertEquals(2_000_000, value(year.get("2021-06"), "activities.cashVnd"));
        assertEquals(2, year.values().stream().mapToLong(m -> value(m, "activities.records")).sum());

        Map<String, Map<String, Object>> y2020 = months("canbo.tinh", commune, "2020");
        assertEquals("2020-12-14", y2020.get("2020-12").get("to"));
        assertEquals(4_000_000, value(y2020.get("2020-12"), "activities.cashVnd"));

        // the months add up to the period's figures, for the province too (the district is under it in 2021)
        Map<String, Map<String, Object>> province = months("canbo.tinh", unitId("TNH"), "2021");
        assertEquals(total(unitId("TNH"), "2021", "activities").get("records").longValue(),
                province.values().stream().mapToLong(m -> value(m, "activities.records")).sum());

        // a branch reads its own subtree only; a missing or malformed period is a 400
        raw("canbo.xa").get("/api/v1/figures/monthly?period=2021&orgUnitId=" + unitId("X-LONGHOA")).then()
                .statusCode(404);
        raw("canbo.xa2").get("/api/v1/figures/monthly?period=2021&orgUnitId=" + district).then().statusCode(404);
        as("canbo.xa").get("/api/v1/figures/monthly?period=2026").then().statusCode(200)
                .body("orgUnitName", equalTo("Hội Chữ thập đỏ phường Tân Ninh"));
        raw("canbo.xa").get("/api/v1/figures/monthly?period=2021S3").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        raw("canbo.xa").get("/api/v1/figures/monthly").then().statusCode(400).body("errors.field", hasItem("period"));
    }
}
