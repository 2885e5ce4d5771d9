package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A nomination as its readers see it; `allowedActions` and `editable` are for the caller. */
public record NominationDto(long id, Category category, NomineeType nomineeType, String nomineeName, Gender gender,
                            Integer birthYear, String position, String workplace, Integer memberCount, String contact,
                            String field, Long movementId, String title, String achievements, long orgUnitId,
                            String orgUnitName, NominationStatus status, boolean publicConsent, Honor honor,
                            LocalDate submittedOn, String createdBy, List<String> allowedActions, Boolean editable,
                            long version, Instant createdAt, Instant updatedAt) {
    static NominationDto of(Nomination n, String orgUnitName, List<String> allowed, Boolean editable) {
        Honor honor = n.honorDecisionDate == null && n.honorDecisionNumber == null ? null
                : new Honor(n.honorDecisionNumber, n.honorDecisionDate, n.honorForm);
        return new NominationDto(n.id, n.category, n.nomineeType, n.nomineeName, n.gender, n.birthYear, n.position,
                n.workplace, n.memberCount, n.contact, n.field, n.movementId, n.title, n.achievements, n.orgUnitId,
                orgUnitName, n.status, n.publicConsent, honor, n.submittedOn, n.createdBy, allowed, editable,
                n.version, n.createdAt, n.updatedAt);
    }

    /** As an integration client reads it: without the private contact. */
    NominationDto forClient() {
        return new NominationDto(id, category, nomineeType, nomineeName, gender, birthYear, position, workplace,
                memberCount, null, field, movementId, title, achievements, orgUnitId, orgUnitName, status,
                publicConsent, honor, submittedOn, createdBy, List.of(), false, version, createdAt, updatedAt);
    }

    /** As the audit log keeps it: without what depends on the caller. */
    NominationDto forAudit() {
        return new NominationDto(id, category, nomineeType, nomineeName, gender, birthYear, position, workplace,
                memberCount, contact, field, movementId, title, achievements, orgUnitId, orgUnitName, status,
                publicConsent, honor, submittedOn, createdBy, null, null, version, createdAt, updatedAt);
    }
}
