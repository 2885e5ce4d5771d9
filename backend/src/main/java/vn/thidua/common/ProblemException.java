package vn.thidua.common;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. Titles and details are message keys resolved in the caller's language
 * when the problem is written (see {@link Messages}).
 */
public class ProblemException extends RuntimeException {
    public final int status;
    public final String code;
    public final Object[] args;
    public final List<FieldError> errors;
    public final List<String> allowedActions;
    public final Map<String, String> headers;

    public ProblemException(int status, String code, Object[] args, List<FieldError> errors,
                            List<String> allowedActions, Map<String, String> headers) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.args = args == null ? new Object[0] : args;
        this.errors = errors;
        this.allowedActions = allowedActions;
        this.headers = headers == null ? Map.of() : headers;
    }

    public static ProblemException of(int status, String code, Object... args) {
        return new ProblemException(status, code, args, null, null, null);
    }

    public static ProblemException notFound() {
        return of(404, "not-found");
    }

    public static ProblemException forbidden() {
        return of(403, "forbidden");
    }

    public static ProblemException conflict(String code, Object... args) {
        return of(409, code, args);
    }

    /** A validation failure naming the field; message is a key in the messages bundle. */
    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return new ProblemException(400, "validation", null,
                List.of(new FieldError(field, Messages.KEY_PREFIX + messageKey + argsSuffix(args))), null, null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", null, errors, null, null);
    }

    public static ProblemException notAllowed(String action, List<String> allowed) {
        return new ProblemException(409, "transition-not-allowed", new Object[]{action, String.join(", ", allowed)},
                null, allowed, null);
    }

    static String argsSuffix(Object... args) {
        if (args == null || args.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
            sb.append('|').append(a);
        }
        return sb.toString();
    }
}
