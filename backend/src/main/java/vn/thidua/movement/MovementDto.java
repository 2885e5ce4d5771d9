package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;

/** A movement as the API shows it, with the names of the unit that launched it and the campaign it is tied to. */
public record MovementDto(Long id, String code, String name, MovementKind kind, String launchedBy,
                          Long launchingOrgUnitId, String launchingOrgUnitName, Long tiedToMovementId,
                          String tiedToMovementName, LocalDate startDate, LocalDate endDate, String description,
                          String criteria, MovementStatus status, long version, Instant createdAt,
                          Instant updatedAt) {
    static MovementDto of(Movement m, String launchingOrgUnitName, String tiedToMovementName) {
        return new MovementDto(m.id, m.code, m.name, m.kind, m.launchedBy, m.launchingOrgUnitId,
                launchingOrgUnitName, m.tiedToMovementId, tiedToMovementName, m.startDate, m.endDate,
                m.description, m.criteria, m.status, m.version, m.createdAt, m.updatedAt);
    }
}
