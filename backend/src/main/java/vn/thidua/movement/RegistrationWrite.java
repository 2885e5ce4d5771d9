package vn.thidua.movement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Register (orgUnitId defaults to the caller's unit, registeredOn to today) or change a registration. */
public record RegistrationWrite(
        Long orgUnitId,
        LocalDate registeredOn,
        @NotBlank @Size(max = 10000) String commitments,
        @Size(max = 30) List<@NotNull @Valid TargetDto> targets) {
}
