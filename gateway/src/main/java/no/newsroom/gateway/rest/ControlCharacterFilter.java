package no.newsroom.gateway.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * No resource has a control character in its path: such a request ({@code /claims/%00}) is answered 400 here,
 * before the path reaches a service, where it could only fail as a URI the REST client cannot build.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public void rejectControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                throw new BadRequestException("The path contains a control character (U+"
                        + "%04X".formatted((int) path.charAt(i)) + "), which no resource has");
            }
        }
    }
}
