package vn.thidua.nomination;

public enum Category {
    ADVANCED_EXAMPLE, NEW_MODEL, NEW_FACTOR, GOOD_DEED
}
