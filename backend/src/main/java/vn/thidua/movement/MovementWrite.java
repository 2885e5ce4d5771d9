package vn.thidua.movement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record MovementWrite(
        @NotBlank @Size(max = 30) @Pattern(regexp = "^[A-Za-z0-9_.-]+$") String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull MovementKind kind,
        @Size(max = 200) String launchedBy,
        Long launchingOrgUnitId,
        Long tiedToMovementId,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = 20000) String description,
        @Size(max = 20000) String criteria,
        @NotNull MovementStatus status) {
}
