package vn.thidua.activity;

/** VERIFY and FLAG are the province's; RESUBMIT is the author unit's answer to a flag. */
public enum CheckAction {
    VERIFY, FLAG, RESUBMIT
}
