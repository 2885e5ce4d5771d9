package vn.thidua.integration;

import java.util.List;

/** What a key may read. */
public final class Scope {
    public static final String REPORTS = "reports:read";
    public static final String NOMINATIONS = "nominations:read";
    public static final String MOVEMENTS = "movements:read";
    public static final String ORG_UNITS = "org-units:read";
    public static final List<String> ALL = List.of(REPORTS, NOMINATIONS, MOVEMENTS, ORG_UNITS);

    private Scope() {
    }
}
