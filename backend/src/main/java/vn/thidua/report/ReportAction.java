package vn.thidua.report;

public enum ReportAction {
    SUBMIT, RETURN, APPROVE, SEND
}
