package vn.thidua.attachment;

import java.time.Instant;

public record AttachmentDto(long id, String ownerType, long ownerId, String fileName, String contentType, long size,
                            String sha256, boolean hasThumbnail, String createdBy, Instant createdAt) {
    static AttachmentDto of(Attachment a) {
        return new AttachmentDto(a.id, a.ownerType, a.ownerId, a.fileName, a.contentType, a.size, a.sha256,
                a.hasThumbnail, a.createdBy, a.createdAt);
    }
}
