package vn.thidua.nomination;

/**
 * Whether a movement exists and is visible to the caller. The movements feature is built on another branch:
 * until it is merged the default bean ({@link AnyMovement}) accepts every id; the merge replaces it with a
 * bean that asks the movement service (and adds the foreign key on nomination.movement_id).
 */
public interface MovementLookup {
    boolean visible(long movementId);
}
