package vn.thidua.auth;

public enum Role {
    ADMIN, PROVINCIAL_OFFICER, BRANCH_OFFICER, LEADER
}
