package vn.thidua.attachment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An attachment by its id, whatever its owner: content, thumbnail, deletion (each asks the owner first). */
@Path("/api/v1/attachments")
@Authenticated
public class AttachmentResource {
    @Inject
    AttachmentService service;

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        AttachmentService.Content c = service.content(id);
        return send(c, c.meta().fileName, true);
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces(MediaType.WILDCARD)
    public Response thumbnail(@PathParam("id") long id) {
        AttachmentService.Content c = service.thumbnail(id);
        return send(c, null, false);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    /** Bytes with their real type; never sniffed, downloads named safely; private: attachments are scoped. */
    public static Response send(AttachmentService.Content c, String downloadName, boolean asAttachment) {
        Response.ResponseBuilder rb = Response.ok(c.stream(), c.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=86400")
                .header("ETag", "\"" + c.meta().sha256 + (asAttachment ? "" : "-t") + "\"");
        if (downloadName != null) {
            rb.header("Content-Disposition", disposition(downloadName));
        }
        return rb.build();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 / 8187). */
    static String disposition(String name) {
        String ascii = vn.thidua.common.TextFold.fold(name).replaceAll("[^A-Za-z0-9._ -]", "_");
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
