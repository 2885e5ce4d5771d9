package vn.thidua.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.attachment.AttachmentOwner;

/** Photos and documents of an activity: scoped like the activity, changed while the activity may be edited. */
@ApplicationScoped
public class ActivityAttachments implements AttachmentOwner {
    public static final String TYPE = "activities";

    @Inject
    ActivityService service;

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
