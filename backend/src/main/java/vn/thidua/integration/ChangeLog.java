package vn.thidua.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The change feed's writer. The services of reports, nominations and movements call it as the last step of each
 * change, inside their transaction, like the audit log. It numbers the event from {@code change_sequence}
 * under that row's lock, which the transaction keeps until it commits: the next writer waits for this commit
 * before it takes the next number, so numbers become visible in order and a reader paging by number never
 * passes over one that commits later. (Why this rather than a settle window: docs/integration.md.)
 */
@ApplicationScoped
public class ChangeLog {
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String TRANSITIONED = "TRANSITIONED";
    public static final String DELETED = "DELETED";

    @Inject
    EntityManager em;

    /**
     * @param published    whether integration clients may see the record after this change
     * @param wasPublished whether they could see it before (seen before, hidden now: a tombstone for them)
     * @param orgUnitId    the record's unit (null: province-wide, like movements)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, long id, String action, Long orgUnitId, boolean published, boolean wasPublished) {
        em.flush(); // the record's own statements first, so the lock below is the transaction's last wait
        long seq = ((Number) em.createNativeQuery("select last_seq from change_sequence where id = 1 for update")
                .getSingleResult()).longValue() + 1;
        em.createNativeQuery("update change_sequence set last_seq = ?1 where id = 1").setParameter(1, seq)
                .executeUpdate();
        em.createNativeQuery("insert into change_event (seq, entity_type, entity_id, action, at, org_unit_id,"
                        + " published, was_published, for_clients) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, seq).setParameter(2, type).setParameter(3, id).setParameter(4, action)
                .setParameter(5, Instant.now()).setParameter(6, orgUnitId).setParameter(7, published)
                .setParameter(8, wasPublished).setParameter(9, published || wasPublished)
                .executeUpdate();
    }
}
