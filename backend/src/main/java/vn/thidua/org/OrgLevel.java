package vn.thidua.org;

public enum OrgLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, CHAPTER
}
