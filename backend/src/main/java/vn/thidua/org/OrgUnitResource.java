package vn.thidua.org;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.thidua.common.Etags;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageResult;

@Path("/api/v1/org-units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgUnitResource {
    @Inject
    OrgUnitService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<OrgUnitDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @QueryParam("sort") String sort, @QueryParam("q") String q,
                                       @QueryParam("parentId") Long parentId, @QueryParam("level") OrgLevel level,
                                       @QueryParam("activeOn") LocalDate activeOn) {
        return service.list(q, parentId, level, activeOn, page, size, sort);
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid OrgUnitWrite body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        OrgUnitDto u = service.get(id);
        return Response.ok(u).tag(Etags.of(u.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid OrgUnitWrite body) {
        OrgUnitDto u = service.update(id, ifMatch, body);
        return Response.ok(u).tag(Etags.of(u.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/subtree")
    public Map<String, List<OrgUnitDto>> subtree(@PathParam("id") long id, @QueryParam("activeOn") LocalDate activeOn) {
        return Map.of("items", service.subtree(id, activeOn));
    }
}
