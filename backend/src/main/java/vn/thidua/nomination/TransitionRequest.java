package vn.thidua.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code {"action": "HONOR", "comment": "...", "honor": {...}}}. RETURN needs a comment, REJECT a comment (the
 * reason), HONOR the decision, REPLICATE the replication (the one way to add one).
 */
public record TransitionRequest(@NotNull NominationAction action, @Size(max = 2000) String comment,
                                @Valid Honor honor, @Valid ReplicationWrite replication) {
}
