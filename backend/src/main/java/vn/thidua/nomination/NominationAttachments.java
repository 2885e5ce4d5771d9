package vn.thidua.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.attachment.AttachmentOwner;

/** Evidence of a nomination: readable within its scope, changed only while the nomination is editable. */
@ApplicationScoped
public class NominationAttachments implements AttachmentOwner {
    public static final String TYPE = "nominations";

    @Inject
    NominationService service;

    @Override
    public String ownerType() {
        return TYPE;
    }

    @Override
    public void requireReadable(long ownerId) {
        service.requireReadable(ownerId);
    }

    @Override
    public void requireEditable(long ownerId) {
        service.requireAttachmentsEditable(ownerId);
    }
}
