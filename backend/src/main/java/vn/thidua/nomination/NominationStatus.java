package vn.thidua.nomination;

public enum NominationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED, RECOGNIZED, HONORED, REPLICATED, REJECTED, WITHDRAWN
}
