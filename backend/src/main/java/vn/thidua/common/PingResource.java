package vn.thidua.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A trivial endpoint: the HTTP stack's ceiling in the benchmark. */
@Path("/api/v1/ping")
public class PingResource {
    private static final Map<String, String> OK = Map.of("status", "ok");

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> ping() {
        return OK;
    }
}
