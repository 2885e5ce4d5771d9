package vn.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The one audit hook. Services call it inside their own transaction, so the trace and the change commit
 * or roll back together. Before/after are the records as the API shows them.
 */
@ApplicationScoped
public class AuditLog {
    @Inject
    ObjectMapper mapper;

    @Inject
    Instance<Caller> caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Object before, Object after) {
        recordAs(actor(), action, entityType, entityId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Long entityId, Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.actor = actor;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId;
        e.at = Instant.now();
        e.beforeJson = json(before);
        e.afterJson = json(after);
        e.persist();
    }

    String actor() {
        try {
            return caller.get().actorName();
        } catch (RuntimeException e) {
            return "system";
        }
    }

    private String json(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit serialisation failed", e);
        }
    }
}
