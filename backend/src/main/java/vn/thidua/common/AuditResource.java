package vn.thidua.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

@Path("/api/v1/audit-events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    public record AuditEventView(Long id, String actor, String action, String entityType, Long entityId,
                                 Instant at, JsonNode before, JsonNode after) {
    }

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @GET
    public PageResult<AuditEventView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                           @QueryParam("entityType") String entityType,
                                           @QueryParam("entityId") Long entityId,
                                           @QueryParam("actor") String actor) {
        if (!caller.isTreeAdmin()) {
            throw ProblemException.forbidden();
        }
        PageRequest pr = PageRequest.of(page, size, null, Map.of("id", "id"), "id,desc");
        StringBuilder q = new StringBuilder("1=1");
        Map<String, Object> params = new HashMap<>();
        if (entityType != null) {
            q.append(" and entityType = :entityType");
            params.put("entityType", entityType);
        }
        if (entityId != null) {
            q.append(" and entityId = :entityId");
            params.put("entityId", entityId);
        }
        if (actor != null) {
            q.append(" and actor = :actor");
            params.put("actor", actor);
        }
        var query = AuditEvent.<AuditEvent>find(q.toString(), Sort.descending("id"), params).page(pr.panachePage());
        return new PageResult<>(query.list().stream().map(this::view).toList(), pr.page(), pr.size(), query.count());
    }

    private AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.id, e.actor, e.action, e.entityType, e.entityId, e.at, tree(e.beforeJson),
                tree(e.afterJson));
    }

    private JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
