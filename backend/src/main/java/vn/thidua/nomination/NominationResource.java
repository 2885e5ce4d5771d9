package vn.thidua.nomination;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.Map;
import vn.thidua.attachment.AttachmentService;
import vn.thidua.attachment.OwnerAttachments;
import vn.thidua.common.Etags;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageResult;
import vn.thidua.common.QueryInstant;

@Path("/api/v1/nominations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationResource {
    @Inject
    NominationService service;

    @Inject
    Idempotency idempotency;

    @Inject
    AttachmentService attachments;

    @GET
    public PageResult<NominationSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                              @QueryParam("sort") String sort,
                                              @QueryParam("status") List<NominationStatus> status,
                                              @QueryParam("category") Category category,
                                              @QueryParam("orgUnitId") Long orgUnitId,
                                              @QueryParam("movementId") Long movementId,
                                              @QueryParam("period") String period, @QueryParam("from") LocalDate from,
                                              @QueryParam("to") LocalDate to, @QueryParam("q") String q,
                                              @QueryParam("updatedSince") String updatedSince) {
        return service.list(new NominationService.Filter(status, category, orgUnitId, movementId, period, from, to, q,
                        QueryInstant.parse("updatedSince", updatedSince)),
                page, size, sort);
    }

    @GET
    @Path("counts")
    public Map<NominationStatus, Long> counts(@QueryParam("category") Category category,
                                              @QueryParam("orgUnitId") Long orgUnitId,
                                              @QueryParam("movementId") Long movementId,
                                              @QueryParam("period") String period, @QueryParam("from") LocalDate from,
                                              @QueryParam("to") LocalDate to, @QueryParam("q") String q) {
        return service.counts(new NominationService.Filter(null, category, orgUnitId, movementId, period, from, to, q,
                null));
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid NominationWrite body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        NominationDto n = service.get(id);
        return Response.ok(n).tag(Etags.of(n.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid NominationWrite body) {
        NominationDto n = service.update(id, ifMatch, body);
        return Response.ok(n).tag(Etags.of(n.version())).build();
    }

    @POST
    @Path("{id}/transitions")
    public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid TransitionRequest body) {
        NominationDto n = service.transition(id, ifMatch, body);
        return Response.ok(n).tag(Etags.of(n.version())).build();
    }

    @GET
    @Path("{id}/history")
    public Map<String, List<HistoryEntry>> history(@PathParam("id") long id) {
        return Map.of("items", service.history(id));
    }

    /** Evidence: the shared attachment endpoints (see {@link OwnerAttachments}). */
    @Path("{id}/attachments")
    public OwnerAttachments attachments(@PathParam("id") long id) {
        return attachments.of(NominationAttachments.TYPE, id);
    }

    @GET
    @Path("{id}/replications")
    public Map<String, List<ReplicationDto>> replications(@PathParam("id") long id) {
        return Map.of("items", service.replications(id));
    }
}
