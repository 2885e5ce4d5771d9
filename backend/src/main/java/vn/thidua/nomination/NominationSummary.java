package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the nomination list (the review queue). */
public record NominationSummary(long id, Category category, NomineeType nomineeType, String nomineeName,
                                String title, String field, Long movementId, long orgUnitId, String orgUnitName,
                                NominationStatus status, boolean publicConsent, LocalDate submittedOn, long version,
                                Instant createdAt, Instant updatedAt) {
    /**
     * The columns a row needs, in the order of {@link #of(Object[], java.util.Map)}: a list reads these and not the
     * whole nomination (its achievements and search text are the long part of a row).
     */
    static final String COLUMNS = "n.id, n.category, n.nomineeType, n.nomineeName, n.title, n.field, n.movementId,"
            + " n.orgUnitId, n.status, n.publicConsent, n.submittedOn, n.version, n.createdAt, n.updatedAt";

    /** A row of {@link #COLUMNS}, with its unit's name from {@code unitNames}. */
    static NominationSummary of(Object[] r, java.util.Map<Long, String> unitNames) {
        long orgUnitId = (Long) r[7];
        return new NominationSummary((Long) r[0], (Category) r[1], (NomineeType) r[2], (String) r[3], (String) r[4],
                (String) r[5], (Long) r[6], orgUnitId, unitNames.get(orgUnitId), (NominationStatus) r[8],
                (Boolean) r[9], (LocalDate) r[10], (Long) r[11], (Instant) r[12], (Instant) r[13]);
    }

    static NominationSummary of(Nomination n, String orgUnitName) {
        return new NominationSummary(n.id, n.category, n.nomineeType, n.nomineeName, n.title, n.field, n.movementId,
                n.orgUnitId, orgUnitName, n.status, n.publicConsent, n.submittedOn, n.version, n.createdAt,
                n.updatedAt);
    }
}
