package vn.thidua.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a caller sends to create or update an activity. orgUnitId defaults to the caller's own unit. */
public record ActivityWrite(
        @NotNull ActivityType type,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = 300) String location,
        Long orgUnitId,
        Long movementId,
        Long nominationId,
        @PositiveOrZero Integer participants,
        @PositiveOrZero Integer beneficiaries,
        @PositiveOrZero Integer giftCount,
        @PositiveOrZero Long giftCashVnd,
        @PositiveOrZero Long giftInKindVnd,
        @Size(max = 10000) String description) {
}
