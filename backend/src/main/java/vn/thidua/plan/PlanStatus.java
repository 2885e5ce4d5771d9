package vn.thidua.plan;

public enum PlanStatus {
    DRAFT, ISSUED
}
