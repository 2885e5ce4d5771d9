package vn.thidua.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An instant in a query parameter (`updatedSince=2026-01-31T08:00:00Z`, an offset is required). */
public final class QueryInstant {
    private QueryInstant() {
    }

    public static Instant parse(String field, String value) {
        if (TextFold.isBlank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "date-time");
        }
    }
}
