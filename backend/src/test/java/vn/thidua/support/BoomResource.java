package vn.thidua.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only: an endpoint that fails unexpectedly, to prove a 500 leaks no class names or stack traces. */
@Path("/api/v1/test-boom")
public class BoomResource {
    @GET
    @PermitAll
    public String boom() {
        throw new IllegalStateException("vn.thidua.secret.Internals exploded at line 42");
    }

    /** As a read answers when every pooled connection stays busy past the acquisition timeout. */
    @GET
    @Path("pool")
    @PermitAll
    public String poolExhausted() {
        throw new IllegalStateException(new java.sql.SQLException("Sorry, acquisition timeout!"));
    }
}
