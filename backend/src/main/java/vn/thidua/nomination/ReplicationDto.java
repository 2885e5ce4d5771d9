package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

public record ReplicationDto(long id, Long adoptingOrgUnitId, String adoptingUnitName, LocalDate replicatedOn,
                             String notes, String createdBy, Instant createdAt) {
    static ReplicationDto of(NominationReplication r) {
        return new ReplicationDto(r.id, r.adoptingOrgUnitId, r.adoptingUnitName, r.replicatedOn, r.notes, r.createdBy,
                r.createdAt);
    }
}
