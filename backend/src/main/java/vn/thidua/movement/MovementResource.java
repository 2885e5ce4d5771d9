package vn.thidua.movement;

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
import java.util.List;
import java.util.Map;
import vn.thidua.common.Etags;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageResult;
import vn.thidua.common.QueryInstant;
import vn.thidua.org.OrgUnitDto;

@Path("/api/v1/movements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementResource {
    @Inject
    MovementService service;

    @Inject
    RegistrationService registrations;

    @Inject
    Idempotency idempotency;

    @GET
    public PageResult<MovementDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                        @QueryParam("sort") String sort, @QueryParam("q") String q,
                                        @QueryParam("status") MovementStatus status,
                                        @QueryParam("kind") MovementKind kind, @QueryParam("year") Integer year,
                                        @QueryParam("updatedSince") String updatedSince) {
        return service.list(q, status, kind, year, QueryInstant.parse("updatedSince", updatedSince), page, size,
                sort);
    }

    @POST
    public Response create(@HeaderParam("Idempotency-Key") String key, @NotNull @Valid MovementWrite body,
                           @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> service.create(body));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        MovementDto m = service.get(id);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid MovementWrite body) {
        MovementDto m = service.update(id, ifMatch, body);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @GET
    @Path("{id}/registrations")
    public PageResult<RegistrationDto> registrations(@PathParam("id") long id, @QueryParam("page") Integer page,
                                                     @QueryParam("size") Integer size, @QueryParam("sort") String sort,
                                                     @QueryParam("orgUnitId") Long orgUnitId) {
        return registrations.list(id, orgUnitId, page, size, sort);
    }

    @POST
    @Path("{id}/registrations")
    public Response register(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key,
                             @NotNull @Valid RegistrationWrite body, @Context UriInfo uri) {
        return idempotency.create(key, uri, body, () -> registrations.create(id, body));
    }

    @GET
    @Path("{id}/unregistered-units")
    public Map<String, List<OrgUnitDto>> unregistered(@PathParam("id") long id,
                                                      @QueryParam("orgUnitId") Long orgUnitId) {
        return Map.of("items", registrations.unregistered(id, orgUnitId));
    }

    @GET
    @Path("{id}/registrations/{registrationId}")
    public Response registration(@PathParam("id") long id, @PathParam("registrationId") long registrationId) {
        RegistrationDto r = registrations.get(id, registrationId);
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }

    @PUT
    @Path("{id}/registrations/{registrationId}")
    public Response updateRegistration(@PathParam("id") long id, @PathParam("registrationId") long registrationId,
                                       @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RegistrationWrite body) {
        RegistrationDto r = registrations.update(id, registrationId, ifMatch, body);
        return Response.ok(r).tag(Etags.of(r.version())).build();
    }

    @DELETE
    @Path("{id}/registrations/{registrationId}")
    public Response withdraw(@PathParam("id") long id, @PathParam("registrationId") long registrationId,
                             @HeaderParam("If-Match") String ifMatch) {
        registrations.delete(id, registrationId, ifMatch);
        return Response.noContent().build();
    }
}
