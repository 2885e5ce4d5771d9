package vn.thidua.nomination;

/**
 * Whether a movement exists and is visible to the caller (for the `movementId` of a nomination):
 * {@link ExistingMovement} asks the movement service (movements are province-wide); a stricter rule would be a
 * bean of its own.
 */
public interface MovementLookup {
    boolean visible(long movementId);
}
