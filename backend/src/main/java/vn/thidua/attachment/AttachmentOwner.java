package vn.thidua.attachment;

/**
 * The SPI a feature implements (as a CDI bean) to give its records attachments. The attachment endpoints
 * ask the owner before every read and write, so attachments are scoped exactly like the record they
 * belong to.
 */
public interface AttachmentOwner {
    /** The URL segment of the owning records: "nominations", "activities", "communications". */
    String ownerType();

    /** 404 (ProblemException.notFound) when the record does not exist in the caller's subtree. */
    void requireReadable(long ownerId);

    /**
     * Called after {@link #requireReadable}: 403 for a role that may never change the record's attachments,
     * 409 when the record is not editable in its current state.
     */
    void requireEditable(long ownerId);
}
