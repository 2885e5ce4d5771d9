package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record RegistrationDto(Long id, Long movementId, Long orgUnitId, String orgUnitName, LocalDate registeredOn,
                              String commitments, List<TargetDto> targets, long version, Instant createdAt,
                              Instant updatedAt) {
    static RegistrationDto of(Registration r, String orgUnitName) {
        return new RegistrationDto(r.id, r.movementId, r.orgUnitId, orgUnitName, r.registeredOn, r.commitments,
                r.targets.stream().map(t -> new TargetDto(t.name, t.value, t.unit)).toList(), r.version,
                r.createdAt, r.updatedAt);
    }
}
