package vn.thidua.common;

import java.util.List;
import java.util.function.Function;

/** The paging envelope of every list. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems) {
    public <R> PageResult<R> map(Function<T, R> f) {
        return new PageResult<>(items.stream().map(f).toList(), page, size, totalItems);
    }
}
