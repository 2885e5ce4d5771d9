package vn.thidua.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record PlanWrite(
        @NotNull Long issuingOrgUnitId,
        @NotNull @Min(1990) @Max(2200) Integer year,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 30) List<@NotNull @Valid LegalBasisDto> legalBases,
        @Size(max = 20000) String purposes,
        @Size(max = 100000) String contents,
        @Size(max = 20000) String forms,
        @Size(max = 20000) String implementation,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> recipients,
        @Size(max = 150) String signerName,
        @Size(max = 150) String signerTitle,
        @Size(max = 50) String signerPrefix,
        @Size(max = 100) List<@NotNull Long> movementIds) {
}
