package vn.thidua.nomination;

public enum NominationAction {
    SUBMIT, START_REVIEW, RETURN, RECOGNIZE, HONOR, REPLICATE, REJECT, WITHDRAW
}
