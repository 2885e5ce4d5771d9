package vn.thidua.common;

/** What the shared machinery (audit, idempotency) needs to know of the caller; implemented by auth. */
public interface Caller {
    /** The username, or "anonymous" / "system" outside a login. */
    String actorName();

    /**
     * An administrator whose subtree is the whole tree. Shared records such as the audit log carry every branch's
     * data and no unit to scope them by, so an administrator of a branch does not read them.
     */
    boolean isTreeAdmin();
}
