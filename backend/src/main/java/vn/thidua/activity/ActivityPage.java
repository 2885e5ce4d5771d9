package vn.thidua.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The paging envelope: {@code hasMore} always; {@code totalItems} and the totals of the whole filtered set unless
 * the caller asked for the page alone ({@code totals=false}), when both are left out.
 */
public record ActivityPage(List<ActivityDto> items, int page, int size, boolean hasMore,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
                           @JsonInclude(JsonInclude.Include.NON_NULL) ActivityTotals totals) {
}
