package vn.thidua.attachment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.thidua.common.Created;
import vn.thidua.common.Idempotency;

/**
 * The one implementation of {@code GET/POST /api/v1/{owner}/{id}/attachments}, for every owner type. Quarkus
 * REST matches the owner's own class ({@code /api/v1/nominations}) first and does not fall back to another
 * class, so each owning resource exposes it with a sub-resource locator (three lines):
 * <pre>
 * &#64;Path("{id}/attachments")
 * public OwnerAttachments attachments(&#64;PathParam("id") long id) {
 *     return attachments.of("nominations", id);
 * }
 * </pre>
 * with {@code @Inject AttachmentService attachments} and an {@link AttachmentOwner} bean for the type.
 */
public class OwnerAttachments {
    private static final String LOCATION_BASE = "/api/v1/attachments";

    private final AttachmentService service;
    private final Idempotency idempotency;
    private final String ownerType;
    private final long ownerId;

    OwnerAttachments(AttachmentService service, Idempotency idempotency, String ownerType, long ownerId) {
        this.service = service;
        this.idempotency = idempotency;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    /**
     * With an {@code Idempotency-Key} (the outbox sends one per photo), a retry after a lost response replays
     * the first answer instead of storing the file twice; the same key with another file is a 422.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestForm("file") FileUpload file, @HeaderParam("Idempotency-Key") String key,
                           @Context UriInfo uri) {
        AttachmentService.Upload upload = file == null ? null
                : new AttachmentService.Upload(file.uploadedFile(), file.fileName(), file.size());
        Supplier<Created> store = () -> {
            AttachmentDto a = service.upload(ownerType, ownerId, upload);
            return new Created(a, a.id(), Created.UNVERSIONED);
        };
        if (upload == null) {
            return idempotency.create(null, uri, LOCATION_BASE, null, store);
        }
        return idempotency.create(key, uri, LOCATION_BASE, fingerprint(upload), store);
    }

    /** What identifies an upload for its Idempotency-Key: the name given and the bytes sent. */
    record Fingerprint(String fileName, String sha256) {
    }

    private static Fingerprint fingerprint(AttachmentService.Upload u) {
        try {
            return new Fingerprint(u.fileName(), AttachmentService.sha256(u.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, List<AttachmentDto>> list() {
        return Map.of("items", service.list(ownerType, ownerId));
    }
}
