package vn.thidua.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A document a plan is based on [căn cứ]: e.g. 565/CT-UBND of 01/03/2021, UBND tỉnh Tây Ninh. */
public record LegalBasisDto(@NotBlank @Size(max = 60) String number, LocalDate date, @Size(max = 200) String issuer,
                            @Size(max = 500) String title) {
}
