package vn.thidua.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        try {
            return runner.first(principal, key, hash, base, action);
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                return runner.replay(principal, key, hash);
            }
            throw e;
        }
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

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("uk_idempotency")) {
                return true;
            }
        }
        return false;
    }

    static Response created(String base, Created c) {
        Response.ResponseBuilder rb = Response.created(URI.create(base + "/" + c.id())).entity(c.body());
        return (c.version() < 0 ? rb : rb.tag(Etags.of(c.version()))).build();
    }

    @ApplicationScoped
    public static class Runner {
        @Inject
        ObjectMapper mapper;

        @Transactional
        Response plain(String base, Supplier<Created> action) {
            return created(base, action.get());
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        Response first(String principal, String key, String hash, String base, Supplier<Created> action) {
            IdempotencyRecord existing = IdempotencyRecord
                    .find("principal = ?1 and idemKey = ?2", principal, key).firstResult();
            if (existing != null) {
                return replayOf(existing, hash);
            }
            IdempotencyRecord r = new IdempotencyRecord();
            r.principal = principal;
            r.idemKey = key;
            r.requestHash = hash;
            r.status = 0;
            r.createdAt = Instant.now();
            r.persistAndFlush(); // takes the unique-key lock: a concurrent twin waits here
            Created c = action.get();
            r.status = 201;
            r.location = base + "/" + c.id();
            r.etag = c.version() < 0 ? null : Long.toString(c.version());
            try {
                r.body = mapper.writeValueAsString(c.body());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return created(base, c);
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        Response replay(String principal, String key, String hash) {
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
