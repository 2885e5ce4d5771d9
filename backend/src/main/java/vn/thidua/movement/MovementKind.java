package vn.thidua.movement;

/** Regular [thường xuyên], thematic [chuyên đề] or a campaign [cuộc vận động]. */
public enum MovementKind {
    REGULAR, THEMATIC, CAMPAIGN
}
