package vn.thidua.integration;

import static vn.thidua.support.Api.withKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: reading the change feed to its current end. */
final class Feed {
    final String key;
    String cursor;
    final List<Map<String, Object>> seen = new ArrayList<>();

    Feed(String key) {
        this.key = key;
    }

    /** Skips what is there now, so a test sees only the changes it makes. */
    Feed atEnd() {
        read();
        seen.clear();
        return this;
    }

    /** Reads until the feed has nothing more; returns the events read by this call. */
    List<Map<String, Object>> read() {
        List<Map<String, Object>> got = new ArrayList<>();
        while (true) {
            var spec = withKey(key).queryParam("limit", 100);
            if (cursor != null) {
                spec = spec.queryParam("after", cursor);
            }
            Map<String, Object> page = spec.get("/api/v1/changes").then().statusCode(200).extract().path("$");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            got.addAll(items);
            cursor = (String) page.get("next");
            if (!Boolean.TRUE.equals(page.get("hasMore"))) {
                break;
            }
        }
        seen.addAll(got);
        return got;
    }

    static List<Map<String, Object>> of(List<Map<String, Object>> events, String type, long id) {
        return events.stream().filter(e -> type.equals(e.get("type")) && ((Number) e.get("id")).longValue() == id)
                .toList();
    }
}
