package vn.thidua.org;

import java.time.Instant;
import java.time.LocalDate;

/** An org unit as the API shows it. */
public record OrgUnitDto(Long id, String code, String name, OrgLevel level, Long parentId, LocalDate validFrom,
                         LocalDate validTo, Long successorId, String successorName, long version, Instant createdAt,
                         Instant updatedAt) {
    /** The successor's name is shown even when the successor lies outside the caller's subtree. */
    static OrgUnitDto of(OrgUnit u, String successorName) {
        return new OrgUnitDto(u.id, u.code, u.name, u.level, u.parentId, u.validFrom, u.validTo, u.successorId,
                successorName, u.version, u.createdAt, u.updatedAt);
    }
}
