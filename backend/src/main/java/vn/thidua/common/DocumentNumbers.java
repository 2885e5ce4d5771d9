package vn.thidua.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Document numbers by Decree 30/2020: per issuing unit and kind of document, restarting at 1 each year.
 * The counter is a row of {@code document_sequence}, locked with a native {@code select ... for update} in
 * the caller's transaction: concurrent issues queue on it, and a rolled-back issue rolls its number back, so
 * numbers have neither gaps nor duplicates, whichever instance serves the request.
 */
@ApplicationScoped
public class DocumentNumbers {
    @Inject
    EntityManager em;

    /** The next number of (unit, year, kind), e.g. kind "KH" for plans. Must run inside the issuing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long orgUnitId, int year, String kind) {
        return next(orgUnitId, year, kind, true);
    }

    /**
     * At start-up (demo data) the issuing unit itself may not be committed yet, so the counter is created in
     * the same transaction; nothing runs concurrently then (the bootstrap holds a database lock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextDuringBootstrap(long orgUnitId, int year, String kind) {
        return next(orgUnitId, year, kind, false);
    }

    private int next(long orgUnitId, int year, String kind, boolean ownTransaction) {
        Number exists = (Number) em.createNativeQuery(
                "select count(*) from document_sequence where org_unit_id = ?1 and year = ?2 and kind = ?3")
                .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).getSingleResult();
        if (exists.intValue() == 0 && !ownTransaction) {
            em.createNativeQuery(
                    "insert ignore into document_sequence (org_unit_id, year, kind, next_value) values (?1, ?2, ?3, 1)")
                    .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).executeUpdate();
        } else if (exists.intValue() == 0) {
            // the first number of a year: create the counter in its own short transaction, so that two first
            // issues never hold gap locks against each other (insert ignore: the second one does nothing)
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert ignore into document_sequence (org_unit_id, year, kind, next_value) values (?1, ?2, ?3, 1)")
                    .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).executeUpdate());
        }
        Number n = (Number) em.createNativeQuery(
                "select next_value from document_sequence where org_unit_id = ?1 and year = ?2 and kind = ?3 for update")
                .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).getSingleResult();
        int value = n.intValue();
        em.createNativeQuery(
                "update document_sequence set next_value = ?4 where org_unit_id = ?1 and year = ?2 and kind = ?3")
                .setParameter(1, orgUnitId).setParameter(2, year).setParameter(3, kind).setParameter(4, value + 1)
                .executeUpdate();
        return value;
    }

    /** "05/KH-CTĐ": zero-padded below 10. */
    public static String format(int seq, String symbol) {
        return String.format("%02d/%s", seq, symbol);
    }
}
