package vn.thidua.integration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import vn.thidua.common.Etags;
import vn.thidua.common.PageResult;
import vn.thidua.integration.IntegrationDtos.ClientCreate;
import vn.thidua.integration.IntegrationDtos.ClientCreated;
import vn.thidua.integration.IntegrationDtos.ClientView;

/**
 * Integration clients (administrators only). Creation takes no Idempotency-Key on purpose: a replay would have
 * to keep the key in the database to answer with it again.
 */
@Path("/api/v1/integration-clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationClientResource {
    @Inject
    IntegrationClientService service;

    @GET
    public PageResult<ClientView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                       @QueryParam("sort") String sort) {
        return service.list(page, size, sort);
    }

    @POST
    public Response create(@NotNull @Valid ClientCreate body, @Context UriInfo uri) {
        ClientCreated c = service.create(body);
        return Response.created(URI.create(uri.getAbsolutePath().getPath() + "/" + c.client().id()))
                .tag(Etags.of(c.client().version())).header("Cache-Control", "no-store").entity(c).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ClientView c = service.get(id);
        return Response.ok(c).tag(Etags.of(c.version())).build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        ClientView c = service.revoke(id);
        return Response.ok(c).tag(Etags.of(c.version())).build();
    }
}
