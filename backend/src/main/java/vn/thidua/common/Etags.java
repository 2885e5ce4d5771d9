package vn.thidua.common;

import jakarta.ws.rs.core.EntityTag;

/** ETag = the record's version; writes must carry it in If-Match (missing: 428, stale: 412). */
public final class Etags {
    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(428, "if-match-required");
        }
        String v = ifMatch.trim();
        if (v.equals("*")) {
            return;
        }
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "").trim();
        if (!v.equals(Long.toString(currentVersion))) {
            throw ProblemException.of(412, "stale");
        }
    }
}
