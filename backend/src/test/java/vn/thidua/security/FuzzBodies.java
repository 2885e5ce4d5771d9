package vn.thidua.security;

import io.swagger.v3.oas.models.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A valid request body built from a contract schema: the required fields only (optional ones carry the
 * cross-field rules, such as an individual's gender), each the simplest value its schema allows, then the
 * values the schema cannot know (real unit ids, a period) from the caller. A bad request is this body with
 * one thing broken, so the server's answer is about that one thing.
 */
final class FuzzBodies {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    private FuzzBodies() {
    }

    static Map<String, Object> valid(Schema<?> schema, Map<String, Object> overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Schema> props = schema.getProperties() == null ? Map.of() : schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (String name : required) {
            body.put(name, value(name, props.get(name)));
        }
        overrides.forEach((k, v) -> {
            if (v == null) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        return body;
    }

    /** A unique code for fields with a code-like pattern (unit and movement codes, usernames). */
    static String code() {
        return "fz" + SERIAL.incrementAndGet();
    }

    static Object value(String name, Schema<?> s) {
        if (s == null) {
            return "x";
        }
        List<?> en = s.getEnum();
        if (en != null) {
            return en.stream().filter(v -> v != null).findFirst().orElse(null);
        }
        String type = s.getType() == null ? "object" : s.getType();
        switch (type) {
            case "string" -> {
                if ("date".equals(s.getFormat())) {
                    return "2021-03-10";
                }
                if ("date-time".equals(s.getFormat())) {
                    return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
                }
                if (s.getPattern() != null) {
                    return code();
                }
                String text = "Thử nghiệm " + name;
                Integer max = s.getMaxLength();
                return max != null && text.length() > max ? text.substring(0, max) : text;
            }
            case "integer" -> {
                long v = s.getMinimum() == null ? 1 : Math.max(1, s.getMinimum().longValue());
                return s.getMaximum() != null && v > s.getMaximum().longValue() ? s.getMaximum().longValue() : v;
            }
            case "number" -> {
                return 50;
            }
            case "boolean" -> {
                return true;
            }
            case "array" -> {
                List<Object> items = new ArrayList<>();
                if (s.getMinItems() != null && s.getMinItems() > 0) {
                    items.add(value(name, s.getItems()));
                }
                return items;
            }
            default -> {
                return valid(s, Map.of());
            }
        }
    }
}
