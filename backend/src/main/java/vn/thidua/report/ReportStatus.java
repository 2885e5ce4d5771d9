package vn.thidua.report;

public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SENT
}
