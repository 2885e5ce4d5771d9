package vn.thidua.integration;

import static vn.thidua.support.Api.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: integration clients made by the administrator. */
public final class Clients {
    private Clients() {
    }

    public static Map<String, Object> body(String name, List<String> scopes) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("scopes", scopes);
        m.put("expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        return m;
    }

    /** A new client's key. */
    public static String key(Map<String, Object> body) {
        return as("admin").body(body).post("/api/v1/integration-clients").then().statusCode(201).extract()
                .path("key");
    }

    public static String key(String... scopes) {
        return key(body("Khóa thử " + System.nanoTime(), List.of(scopes)));
    }

    public static String allScopes() {
        return key("reports:read", "nominations:read", "movements:read", "org-units:read");
    }
}
