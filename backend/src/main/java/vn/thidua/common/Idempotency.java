package vn.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Creating POSTs with an Idempotency-Key: the key row is inserted in the same transaction as the record,
 * so a retry after a lost response, a double tap or a concurrent twin replays the first answer and
 * creates nothing; the same key with another body is a 422.
 */
@ApplicationScoped
public class Idempotency {
    @Inject
    ObjectMapper mapper;

    @Inject
    Caller caller;

    @Inject
    Runner runner;

    public Response create(String key, UriInfo uri, Object requestBody, Supplier<Created> action) {
        String base = uri.getAbsolutePath().getPath();
        return create(key, uri, base, requestBody, action);
    }

    /**
     * The same for a record that lives in another collection than the one posted to (an upload to
     * {@code /api/v1/activities/5/attachments} answers {@code Location: /api/v1/attachments/{id}}).
     */
    public Response create(String key, UriInfo uri, String locationBase, Object requestBody, Supplier<Created> action) {
        String path = uri.getAbsolutePath().getPath();
        String base = locationBase;
        if (key == null || key.isBlank()) {
            return runner.plain(base, action);
        }
        if (key.length() > 100) {
            throw ProblemException.invalid("Idempotency-Key", "max-length", 100);
        }
        String principal = caller.actorName();
        String hash = hash(path, requestBody);
        return runner.first(principal, key, hash, base, action);
    }

    private String hash(String path, Object body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(path.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
            md.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 201 with the Location, the body (a record or its stored JSON) and the ETag unless the record has no version. */
    static Response created(String location, Object body, long version) {
        Response.ResponseBuilder rb = Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON)
                .entity(body);
        return (version < 0 ? rb : rb.tag(Etags.of(version))).build();
    }

    @ApplicationScoped
    public static class Runner {
        @Inject
        ObjectMapper mapper;

        @Inject
        EntityManager em;

        @Transactional
        Response plain(String base, Supplier<Created> action) {
            Created c = action.get();
            return created(base + "/" + c.id(), c.body(), c.version());
        }

        /**
         * Claims the key with {@code INSERT IGNORE}: a new key inserts its row and runs the action; a key that is taken
         * inserts nothing (after waiting for a concurrent twin's transaction to end, since its row holds the unique-key
         * lock) and replays the stored answer. One statement instead of a lookup and an insert, and no exception (and no
         * logged SQL error) on a retry.
         */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        Response first(String principal, String key, String hash, String base, Supplier<Created> action) {
            int claimed = em.createNativeQuery("insert ignore into idempotency_record (principal, idem_key, request_hash,"
                            + " status, created_at) values (?1, ?2, ?3, 0, ?4)")
                    .setParameter(1, principal).setParameter(2, key).setParameter(3, hash)
                    .setParameter(4, Instant.now()).executeUpdate();
            if (claimed == 0) {
                return replay(principal, key, hash);
            }
            Created c = action.get();
            String body;
            try {
                body = mapper.writeValueAsString(c.body());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            String location = base + "/" + c.id();
            em.createNativeQuery("update idempotency_record set status = 201, location = ?1, etag = ?2, body = ?3"
                            + " where principal = ?4 and idem_key = ?5")
                    .setParameter(1, location).setParameter(2, c.version() < 0 ? null : Long.toString(c.version()))
                    .setParameter(3, body).setParameter(4, principal).setParameter(5, key).executeUpdate();
            return created(location, body, c.version()); // the body as it was stored: serialised once
        }

        /** The stored answer of a key that is taken (in the claiming transaction, after its INSERT IGNORE). */
        private Response replay(String principal, String key, String hash) {
            IdempotencyRecord existing = IdempotencyRecord
                    .find("principal = ?1 and idemKey = ?2", principal, key).firstResult();
            if (existing == null) {
                throw ProblemException.conflict("idempotency-in-progress");
            }
            return replayOf(existing, hash);
        }

        private Response replayOf(IdempotencyRecord r, String hash) {
            if (!r.requestHash.equals(hash)) {
                throw ProblemException.of(422, "idempotency-mismatch");
            }
            Response.ResponseBuilder rb = Response.status(r.status).type(MediaType.APPLICATION_JSON).entity(r.body)
                    .header("Idempotent-Replayed", "true");
            if (r.location != null) {
                rb.location(URI.create(r.location));
            }
            if (r.etag != null) {
                rb.tag(r.etag);
            }
            return rb.build();
        }
    }
}
