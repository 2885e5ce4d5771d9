package vn.thidua.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UserUpdate(
        @NotBlank @Size(max = 150) String fullName,
        @Email @Size(max = 150) String email,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +().-]*$") String phone,
        @NotNull Role role,
        @NotNull Long orgUnitId,
        @NotNull Boolean active,
        @Size(min = 8, max = 200) String password) {
}
