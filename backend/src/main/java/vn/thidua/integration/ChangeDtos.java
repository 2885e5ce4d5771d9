package vn.thidua.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

public final class ChangeDtos {
    private ChangeDtos() {
    }

    /**
     * One change. {@code report}/{@code nomination}/{@code movement} is the record as the client may read it now
     * (absent for a tombstone, or when a later change took it out of the client's view).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeEvent(String cursor, String type, long id, String action, Instant at, String link,
                              Object report, Object nomination, Object movement) {
    }

    /** A page of the feed; {@code next} is the cursor to ask with next time (also when the page is empty). */
    public record ChangePage(List<ChangeEvent> items, String next, boolean hasMore) {
    }
}
