package no.newsroom.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/** {@code /editor} is where people type the editor's address; its files are served under {@code /editor/}. */
@Path("/editor")
public class EditorRedirect {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response toEditor() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/editor/")).build();
    }
}
