package vn.thidua.movement;

public enum MovementStatus {
    PLANNED, ACTIVE, CLOSED
}
