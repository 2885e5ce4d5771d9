package vn.thidua.integration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.integration.ChangeDtos.ChangePage;

@Path("/api/v1/changes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {
    @Inject
    ChangeFeedService service;

    @GET
    public ChangePage changes(@QueryParam("after") String after, @QueryParam("types") String types,
                              @QueryParam("limit") Integer limit) {
        return service.read(after, types, limit);
    }
}
