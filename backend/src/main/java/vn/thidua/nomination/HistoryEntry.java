package vn.thidua.nomination;

import java.time.Instant;
import java.util.List;

/**
 * One line of a nomination's timeline: a workflow step (kind TRANSITION, with the action, from, to and
 * comment; the creation is the action CREATE) or an edit between steps (kind EDIT, with the changed fields).
 */
public record HistoryEntry(String kind, Instant at, String actor, String actorName, String action,
                           NominationStatus fromStatus, NominationStatus toStatus, String comment,
                           List<String> changedFields) {
}
