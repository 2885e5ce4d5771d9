package vn.thidua.attachment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
    private final AttachmentService service;
    private final String ownerType;
    private final long ownerId;

    OwnerAttachments(AttachmentService service, String ownerType, long ownerId) {
        this.service = service;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestForm("file") FileUpload file) {
        AttachmentService.Upload upload = file == null ? null
                : new AttachmentService.Upload(file.uploadedFile(), file.fileName(), file.size());
        AttachmentDto a = service.upload(ownerType, ownerId, upload);
        return Response.created(URI.create("/api/v1/attachments/" + a.id())).entity(a).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, List<AttachmentDto>> list() {
        return Map.of("items", service.list(ownerType, ownerId));
    }
}
