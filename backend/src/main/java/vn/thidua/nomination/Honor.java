package vn.thidua.nomination;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The honouring decision [quyết định tôn vinh]: number, date and form of commendation. */
public record Honor(@Size(max = 50) String decisionNumber, LocalDate decisionDate, @Size(max = 200) String form) {
}
