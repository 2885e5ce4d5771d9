package vn.thidua.auth;

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

@Path("/api/v1/users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    @Inject
    UserService service;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<UserDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                    @QueryParam("sort") String sort, @QueryParam("q") String q,
                                    @QueryParam("orgUnitId") Long orgUnitId, @QueryParam("role") Role role,
                                    @QueryParam("active") Boolean active) {
        return service.list(q, orgUnitId, role, active, page, size, sort);
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid UserCreate body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        UserDto u = service.get(id);
        return Response.ok(u).tag(Etags.of(u.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid UserUpdate body) {
        UserDto u = service.update(id, ifMatch, body);
        return Response.ok(u).tag(Etags.of(u.version())).build();
    }
}
