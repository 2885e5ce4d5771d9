package vn.thidua.plan;

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
import vn.thidua.common.Etags;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageResult;

@Path("/api/v1/plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    @Inject
    PlanService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<PlanDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                    @QueryParam("sort") String sort, @QueryParam("q") String q,
                                    @QueryParam("year") Integer year, @QueryParam("status") PlanStatus status,
                                    @QueryParam("issuingOrgUnitId") Long issuingOrgUnitId,
                                    @QueryParam("movementId") Long movementId) {
        return service.list(q, year, status, issuingOrgUnitId, movementId, page, size, sort);
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid PlanWrite body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        PlanDto p = service.get(id);
        return Response.ok(p).tag(Etags.of(p.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid PlanWrite body) {
        PlanDto p = service.update(id, ifMatch, body);
        return Response.ok(p).tag(Etags.of(p.version())).build();
    }

    @POST
    @Path("{id}/transitions")
    public Response transition(@PathParam("id") long id, @NotNull @Valid PlanTransition body) {
        PlanDto p = service.transition(id, body);
        return Response.ok(p).tag(Etags.of(p.version())).build();
    }
}
