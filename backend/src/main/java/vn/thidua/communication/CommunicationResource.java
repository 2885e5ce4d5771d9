package vn.thidua.communication;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import vn.thidua.activity.CheckStatus;
import vn.thidua.activity.TableExport;
import vn.thidua.activity.Transition;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.attachment.OwnerAttachments;
import vn.thidua.common.Etags;
import vn.thidua.common.Idempotency;

@Path("/api/v1/communications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunicationResource {
    @Inject
    CommunicationService service;

    @Inject
    CommunicationExport export;

    @Inject
    Idempotency idempotency;

    @Inject
    AttachmentService attachments;

    @GET
    public CommunicationPage list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                             @QueryParam("sort") String sort, @QueryParam("channel") Channel channel,
                             @QueryParam("orgUnitId") Long orgUnitId, @QueryParam("movementId") Long movementId,
                             @QueryParam("nominationId") Long nominationId, @QueryParam("status") CheckStatus status,
                             @QueryParam("period") String period, @QueryParam("from") LocalDate from,
                             @QueryParam("to") LocalDate to, @QueryParam("q") String q,
                             @QueryParam("totals") @DefaultValue("true") boolean totals) {
        return service.list(new CommunicationFilter(channel, orgUnitId, movementId, nominationId, status, period, from, to, q),
                page, size, sort, totals);
    }

    @GET
    @Path("totals")
    public CommunicationTotals totals(@QueryParam("channel") Channel channel, @QueryParam("orgUnitId") Long orgUnitId,
                                      @QueryParam("movementId") Long movementId,
                                      @QueryParam("nominationId") Long nominationId,
                                      @QueryParam("status") CheckStatus status, @QueryParam("period") String period,
                                      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                      @QueryParam("q") String q) {
        return service.totals(new CommunicationFilter(channel, orgUnitId, movementId, nominationId, status, period,
                from, to, q));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("channel") Channel channel,
                           @QueryParam("orgUnitId") Long orgUnitId, @QueryParam("movementId") Long movementId,
                           @QueryParam("nominationId") Long nominationId, @QueryParam("status") CheckStatus status,
                           @QueryParam("period") String period, @QueryParam("from") LocalDate from,
                           @QueryParam("to") LocalDate to, @QueryParam("q") String q) {
        TableExport.Format f = TableExport.Format.parse(format);
        var body = export.prepare(f, new CommunicationFilter(channel, orgUnitId, movementId, nominationId, status, period,
                from, to, q));
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + TableExport.fileName("tuyen-truyen", f) + "\"")
                .build();
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid CommunicationWrite body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        CommunicationDto a = service.get(id);
        return Response.ok(a).tag(Etags.of(a.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid CommunicationWrite body) {
        CommunicationDto a = service.update(id, ifMatch, body);
        return Response.ok(a).tag(Etags.of(a.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    public Response transition(@PathParam("id") long id, @NotNull @Valid Transition body) {
        CommunicationDto a = service.transition(id, body);
        return Response.ok(a).tag(Etags.of(a.version())).build();
    }

    /** Photos and documents: the shared attachment endpoints (see {@link OwnerAttachments}). */
    @Path("{id}/attachments")
    public OwnerAttachments attachments(@PathParam("id") long id) {
        return attachments.of(CommunicationAttachments.TYPE, id);
    }
}
