package vn.thidua.common;

/**
 * What a creating service call returns: the record as the API shows it, its id and its version
 * ({@link #UNVERSIONED} for immutable records such as attachments: no ETag).
 */
public record Created(Object body, long id, long version) {
    public static final long UNVERSIONED = -1;
}
