package vn.thidua.movement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A numeric target of a registration, e.g. {"name": "Hộ nghèo được hỗ trợ", "value": 50, "unit": "hộ"}. */
public record TargetDto(@NotBlank @Size(max = 200) String name, @NotNull Double value, @Size(max = 50) String unit) {
}
