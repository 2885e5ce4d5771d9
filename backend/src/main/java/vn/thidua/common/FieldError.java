package vn.thidua.common;

public record FieldError(String field, String message) {
}
