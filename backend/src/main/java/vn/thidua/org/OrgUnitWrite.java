package vn.thidua.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record OrgUnitWrite(
        @NotBlank @Size(max = 30) @Pattern(regexp = "^[A-Za-z0-9_.-]+$") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrgLevel level,
        Long parentId,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        Long successorId) {
}
