package vn.thidua.common;

/** What the shared machinery (audit, idempotency) needs to know of the caller; implemented by auth. */
public interface Caller {
    /** The username, or "anonymous" / "system" outside a login. */
    String actorName();

    boolean isAdmin();
}
