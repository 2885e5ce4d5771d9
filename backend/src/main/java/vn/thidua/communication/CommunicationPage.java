package vn.thidua.communication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** As ActivityPage: {@code totalItems} and {@code totals} are left out when the caller asked for the page alone. */
public record CommunicationPage(List<CommunicationDto> items, int page, int size, boolean hasMore,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
                                @JsonInclude(JsonInclude.Include.NON_NULL) CommunicationTotals totals) {
}
