package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the nomination list (the review queue). */
public record NominationSummary(long id, Category category, NomineeType nomineeType, String nomineeName,
                                String title, String field, Long movementId, long orgUnitId, String orgUnitName,
                                NominationStatus status, boolean publicConsent, LocalDate submittedOn, long version,
                                Instant createdAt, Instant updatedAt) {
    static NominationSummary of(Nomination n, String orgUnitName) {
        return new NominationSummary(n.id, n.category, n.nomineeType, n.nomineeName, n.title, n.field, n.movementId,
                n.orgUnitId, orgUnitName, n.status, n.publicConsent, n.submittedOn, n.version, n.createdAt,
                n.updatedAt);
    }
}
