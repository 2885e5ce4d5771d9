package vn.thidua.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.attachment.AttachmentOwner;

/**
 * Photos and documents of a communication output: scoped like the output, changed while the output may be
 * edited.
 */
@ApplicationScoped
public class CommunicationAttachments implements AttachmentOwner {
    public static final String TYPE = "communications";

    @Inject
    CommunicationService service;

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
