package vn.thidua.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Document numbers in the form of Decree 30/2020 (`05/BC-CTĐ`): one sequence per issuing unit, year and kind,
 * restarting at 1 each year, zero-padded below 10. The row is locked in the caller's transaction, so concurrent
 * issues wait for each other and a number is never given twice or reused.
 */
@ApplicationScoped
public class DocumentNumbers {
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long orgUnitId, int year, String kind) {
        em.createNativeQuery("insert ignore into document_number_sequence (org_unit_id, year, kind, last_value) "
                + "values (?1, ?2, ?3, 0)").setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery("select last_value from document_number_sequence "
                        + "where org_unit_id = ?1 and year = ?2 and kind = ?3 for update")
                .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).getSingleResult();
        int value = last.intValue() + 1;
        em.createNativeQuery("update document_number_sequence set last_value = ?4 "
                        + "where org_unit_id = ?1 and year = ?2 and kind = ?3")
                .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).setParameter(4, value)
                .executeUpdate();
        return value;
    }

    /** `05/BC-CTĐ`: the number zero-padded below 10, then the symbol. */
    public static String format(int number, String symbol) {
        return String.format("%02d/%s", number, symbol);
    }
}
