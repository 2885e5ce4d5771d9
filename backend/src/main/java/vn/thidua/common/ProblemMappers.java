package vn.thidua.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one error mapper: every failure leaves the API as an RFC 9457 problem in the caller's language. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    public static final String TYPE_PREFIX = "urn:thidua:problem:";

    public static Response build(HttpHeaders headers, UriInfo uri, ProblemException e) {
        Locale locale = Messages.pick(headers == null ? null : headers.getAcceptableLanguages());
        List<FieldError> errors = null;
        if (e.errors != null) {
            errors = e.errors.stream()
                    .map(fe -> new FieldError(fe.field(), Messages.resolve(locale, fe.message())))
                    .toList();
        }
        String title = Messages.get(locale, "problem." + e.code + ".title");
        String detailKey = "problem." + e.code + ".detail";
        String detail = Messages.get(locale, detailKey, e.args);
        if (detail.equals(detailKey)) {
            detail = title;
        }
        Problem body = new Problem(TYPE_PREFIX + e.code, title, e.status, detail,
                uri == null ? null : uri.getPath(), errors, e.allowedActions);
        Response.ResponseBuilder rb = Response.status(e.status).type(Problem.MEDIA_TYPE).entity(body);
        e.headers.forEach(rb::header);
        return rb.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders h, UriInfo u) {
        return build(h, u, e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders h, UriInfo u) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return build(h, u, ProblemException.invalid(errors));
    }

    /** "create.body.fullName" → "fullName"; "list.page" → "page". */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        String parameter = null;
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.PARAMETER) {
                parameter = n.getName();
                afterParameter = true;
                continue;
            }
            if (afterParameter && n.getKind() == ElementKind.PROPERTY) {
                String name = n.getName();
                if (n.getIndex() != null && !names.isEmpty()) {
                    // the index is the position in the enclosing list: "legalBases[0].number"
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + n.getIndex() + "]");
                    names.add(name);
                } else if (n.getIndex() != null) {
                    names.add(name + "[" + n.getIndex() + "]");
                } else {
                    names.add(name);
                }
            } else if (afterParameter && n.getKind() == ElementKind.CONTAINER_ELEMENT && n.getIndex() != null) {
                names.add("[" + n.getIndex() + "]");
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? path.toString() : parameter;
        }
        return String.join(".", names).replace(".[", "[");
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.invalid(jsonPath(e), "unknown-field"));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.of(400, "malformed-json"));
    }

    @ServerExceptionMapper
    public Response wrongType(JsonMappingException e, HttpHeaders h, UriInfo u) {
        String path = jsonPath(e);
        if (path.isEmpty()) {
            return build(h, u, ProblemException.of(400, "malformed-json"));
        }
        return build(h, u, ProblemException.invalid(path, "wrong-type"));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders h, UriInfo u) {
        return wrongType(e, h, u);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.of(400, "malformed-json"));
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.of(401, "unauthorized"));
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.of(401, "unauthorized"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.forbidden());
    }

    @ServerExceptionMapper
    public Response optimistic(OptimisticLockException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.of(412, "stale"));
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders h, UriInfo u) {
        return build(h, u, ProblemException.of(412, "stale"));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpHeaders h, UriInfo u) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return build(h, u, ProblemException.of(412, "stale"));
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return build(h, u, ProblemException.conflict("constraint"));
            }
        }
        return unexpected(e, h, u);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders h, UriInfo u) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException upe) {
                return unknownField(upe, h, u);
            }
            if (t instanceof JsonParseException jpe) {
                return malformed(jpe, h, u);
            }
            if (t instanceof JsonMappingException jme) {
                return wrongType(jme, h, u);
            }
        }
        int status = e.getResponse().getStatus();
        String code;
        Map<String, String> extra = Map.of();
        if (e instanceof NotFoundException && e.getCause() != null) {
            // a query or path parameter that does not convert (page=abc, id=abc): the caller's mistake
            status = 400;
            code = "bad-request";
        } else if (e instanceof NotFoundException) {
            code = "not-found";
        } else if (e instanceof NotAllowedException na) {
            code = "method-not-allowed";
            String allow = na.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                extra = Map.of(HttpHeaders.ALLOW, allow);
            }
        } else if (e instanceof NotAcceptableException) {
            code = "not-acceptable";
        } else if (e instanceof NotSupportedException) {
            code = "unsupported-media-type";
        } else if (status == 413) {
            code = "too-large";
        } else if (status == 401) {
            code = "unauthorized";
        } else if (status == 403) {
            code = "forbidden";
        } else if (status >= 500) {
            return unexpected(e, h, u);
        } else {
            code = "bad-request";
        }
        return build(h, u, new ProblemException(status, code, null, null, null, extra));
    }

    /** Seconds a client is asked to wait when the database is saturated or unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * The database could not be reached in time: no pooled connection within the acquisition timeout (Agroal's
     * "acquisition timeout"), or the connection failed. The caller may retry (creates carry an Idempotency-Key, so a
     * retry after a commit whose answer was lost replays it). Suppressed exceptions count too: when the connection
     * breaks during the commit, the transaction manager reports a RollbackException with the XAException, and the
     * link failure under it, only as suppressed (make soak found it as a 500).
     */
    /**
     * The driver's own signs that the connection under a statement is gone. A statement found closed in the middle
     * of a transaction means the driver closed its connection after the server went away (statements are owned by
     * Hibernate or try-with-resources here, never closed early): make soak met it on a batched update.
     */
    private static final java.util.Set<String> CONNECTION_GONE = java.util.Set.of(
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.exceptions.StatementIsClosedException",
            "com.mysql.cj.exceptions.ConnectionIsClosedException");

    static boolean databaseUnavailable(Throwable e) {
        return databaseUnavailable(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean databaseUnavailable(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || CONNECTION_GONE.contains(t.getClass().getName())
                || (t instanceof java.sql.SQLException && t.getMessage() != null
                && t.getMessage().contains("acquisition timeout"))) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (databaseUnavailable(s, seen)) {
                return true;
            }
        }
        return databaseUnavailable(t.getCause(), seen);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders h, UriInfo u) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", u == null ? "?" : u.getPath(), e.getMessage());
            return build(h, u, new ProblemException(503, "unavailable", new Object[]{RETRY_AFTER_SECONDS}, null, null,
                    Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))));
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", ref, u == null ? "?" : u.getPath());
        return build(h, u, ProblemException.of(500, "internal", ref));
    }
}
