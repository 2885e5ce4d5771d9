package vn.thidua.activity;

import java.time.LocalDate;

/** The list, totals and export filters (query parameters). */
public record ActivityFilter(ActivityType type, Long orgUnitId, Long movementId, Long nominationId,
                             CheckStatus status, String period, LocalDate from, LocalDate to, String q) {
}
