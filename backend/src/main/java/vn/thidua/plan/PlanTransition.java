package vn.thidua.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {"action": "ISSUE", "issuedOn": "2021-03-15"}; issuedOn defaults to today and may not be in the future. */
public record PlanTransition(@NotBlank @Size(max = 30) String action, @Size(max = 2000) String comment,
                             LocalDate issuedOn) {
}
