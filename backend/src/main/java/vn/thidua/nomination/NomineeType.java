package vn.thidua.nomination;

public enum NomineeType {
    INDIVIDUAL, COLLECTIVE
}
