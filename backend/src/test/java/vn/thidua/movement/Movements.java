package vn.thidua.movement;

import static vn.thidua.support.Api.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test helpers for movements. */
public final class Movements {
    private Movements() {
    }

    public static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, Object> movement(String code, String name, String start, String end) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", "REGULAR");
        m.put("launchedBy", "UBND tỉnh Tây Ninh");
        m.put("startDate", start);
        m.put("endDate", end);
        m.put("status", "ACTIVE");
        return m;
    }

    /** A new ACTIVE movement created by the provincial officer; its id. */
    public static long create(String name, String start, String end) {
        Number id = as("canbo.tinh").body(movement(code(), name, start, end)).post("/api/v1/movements").then()
                .statusCode(201).extract().path("id");
        return id.longValue();
    }

    public static long idOf(String code) {
        Number id = as("lanhdao").queryParam("q", code).queryParam("size", 100).get("/api/v1/movements").then()
                .statusCode(200).extract().path("items.find { it.code == '" + code + "' }.id");
        return id.longValue();
    }
}
