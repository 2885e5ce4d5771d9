package vn.thidua.activity;

/** Where a recorded activity or communication output stands in the province's checking. */
public enum CheckStatus {
    SUBMITTED, VERIFIED, FLAGGED
}
