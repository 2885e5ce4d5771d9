package vn.thidua.nomination;

public enum Gender {
    MALE, FEMALE, OTHER
}
