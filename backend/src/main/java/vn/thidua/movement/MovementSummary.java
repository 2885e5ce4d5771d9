package vn.thidua.movement;

/** What other records show of a movement they point at. */
public record MovementSummary(Long id, String code, String name, MovementKind kind, MovementStatus status) {
}
