package vn.thidua.nomination;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a nominator writes; the fields an individual or a collective needs are checked by the service. */
public record NominationWrite(
        @NotNull Category category,
        @NotNull NomineeType nomineeType,
        @NotBlank @Size(max = 200) String nomineeName,
        Gender gender,
        @Min(1900) @Max(2100) Integer birthYear,
        @Size(max = 200) String position,
        @Size(max = 300) String workplace,
        @Min(1) @Max(1000000) Integer memberCount,
        @Size(max = 200) String contact,
        @Size(max = 200) String field,
        @Min(1) Long movementId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20000) String achievements,
        Boolean publicConsent,
        @NotNull @Min(1) Long orgUnitId) {
}
