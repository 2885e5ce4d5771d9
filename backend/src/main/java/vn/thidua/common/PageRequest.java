package vn.thidua.common;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Parsed `page`, `size` and `sort` query parameters. Sort fields are whitelisted per list: a public name
 * maps to an entity attribute, so callers cannot sort by anything unindexed or private.
 */
public record PageRequest(int page, int size, Sort sort) {
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size, String sort, Map<String, String> sortable,
                                 String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "min", 0);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "between", 1, MAX_SIZE);
        }
        String spec = TextFold.isBlank(sort) ? defaultSort : sort;
        // -1 keeps empty parts: "," and "title," are refused, not an index out of bounds (a 500)
        String[] parts = spec.split(",", -1);
        String field = sortable.get(parts[0].trim());
        if (field == null || parts.length > 2) {
            throw ProblemException.invalid("sort", "sort-field", String.join(", ", sortable.keySet()));
        }
        Sort.Direction dir = Sort.Direction.Ascending;
        if (parts.length == 2) {
            String d = parts[1].trim().toLowerCase();
            if (d.equals("desc")) {
                dir = Sort.Direction.Descending;
            } else if (!d.equals("asc")) {
                throw ProblemException.invalid("sort", "sort-field", String.join(", ", sortable.keySet()));
            }
        }
        // a stable tie-breaker so pages never overlap
        Sort order = Sort.by(field, dir);
        if (!field.equals("id")) {
            order = order.and("id", dir);
        }
        return new PageRequest(p, s, order);
    }

    /**
     * The sort as an {@code order by} list on {@code alias} ("n.title asc, n.id asc"): JPQL when the sortable keys map
     * to attributes (nominations), SQL when they map to columns (org units).
     */
    public String orderBy(String alias) {
        StringBuilder out = new StringBuilder();
        for (Sort.Column c : sort.getColumns()) {
            out.append(out.isEmpty() ? "" : ", ").append(alias).append('.').append(c.getName())
                    .append(c.getDirection() == Sort.Direction.Descending ? " desc" : " asc");
        }
        return out.toString();
    }

    public Page panachePage() {
        return Page.of(page, size);
    }
}
