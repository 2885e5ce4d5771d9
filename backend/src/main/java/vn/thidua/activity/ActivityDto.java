package vn.thidua.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An activity as the API shows it, with what the caller may do next. */
public record ActivityDto(Long id, ActivityType type, String title, LocalDate startDate, LocalDate endDate,
                          String location, Long orgUnitId, String orgUnitName, Long movementId, Long nominationId,
                          Integer participants, Integer beneficiaries, Integer giftCount, Long giftCashVnd,
                          Long giftInKindVnd, String description, CheckStatus status, String reviewComment,
                          String reviewedBy, Instant reviewedAt, String createdBy, boolean editable,
                          List<String> allowedActions, long version, Instant createdAt, Instant updatedAt) {
}
