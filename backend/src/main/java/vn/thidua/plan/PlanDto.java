package vn.thidua.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.movement.MovementSummary;

public record PlanDto(Long id, String number, LocalDate issuedOn, Long issuingOrgUnitId, String issuingOrgUnitName,
                      int year, String title, List<LegalBasisDto> legalBases, String purposes, String contents,
                      String forms, String implementation, List<String> recipients, String signerName, String signerTitle,
                      String signerPrefix, List<Long> movementIds, List<MovementSummary> movements,
                      PlanStatus status, List<String> allowedActions, long version, Instant createdAt,
                      Instant updatedAt) {
    static PlanDto of(Plan p, String unitName, List<MovementSummary> movements, List<String> allowedActions) {
        return new PlanDto(p.id, p.number, p.issuedOn, p.issuingOrgUnitId, unitName, p.year, p.title,
                p.legalBases.stream().map(b -> new LegalBasisDto(b.number, b.date, b.issuer, b.title)).toList(),
                p.purposes, p.contents, p.forms, p.implementation, List.copyOf(p.recipients), p.signerName, p.signerTitle,
                p.signerPrefix, List.copyOf(p.movementIds), movements, p.status, allowedActions, p.version,
                p.createdAt, p.updatedAt);
    }
}
