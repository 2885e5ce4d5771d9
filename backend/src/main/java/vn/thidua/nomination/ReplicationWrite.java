package vn.thidua.nomination;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A unit that adopted the example: one of ours (adoptingOrgUnitId) or any other, by name. */
public record ReplicationWrite(@Min(1) Long adoptingOrgUnitId, @Size(max = 200) String adoptingUnitName,
                               LocalDate replicatedOn, @Size(max = 2000) String notes) {
}
