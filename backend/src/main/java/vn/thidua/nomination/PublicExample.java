package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

/**
 * An honoured example as the public may see it: no gender, birth year, contact, comments, history or
 * internal people; only with the nominee's consent.
 */
public record PublicExample(long id, Category category, NomineeType nomineeType, String nomineeName, String position,
                            String workplace, Integer memberCount, String field, String title, String achievements,
                            String orgUnitName, NominationStatus status, Honor honor,
                            List<PublicReplication> replications, String photoUrl) {
    public record PublicReplication(String adoptingUnitName, LocalDate replicatedOn) {
    }
}
