package vn.thidua.common;

/** What a creating service call returns: the record as the API shows it, its id and its version. */
public record Created(Object body, long id, long version) {
}
