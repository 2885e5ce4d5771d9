package vn.thidua.activity;

/**
 * Whether a linked movement or nomination exists in the caller's view. Movements and nominations are other
 * features; until they are wired in (a bean implementing this in their package), {@link AllLinksVisible}
 * accepts every id. Used by activities and communications alike.
 */
public interface LinkedRecords {
    boolean movementVisible(long movementId);

    boolean nominationVisible(long nominationId);
}
