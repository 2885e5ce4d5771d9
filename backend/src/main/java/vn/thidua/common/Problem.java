package vn.thidua.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details: the one error body of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, List<String> allowedActions) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
