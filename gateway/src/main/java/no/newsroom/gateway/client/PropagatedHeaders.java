package no.newsroom.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.util.List;

/**
 * Passes the caller's headers named in {@code org.eclipse.microprofile.rest.client.propagateHeaders} on to the
 * services, except those a call sets itself: the composition revalidates what it kept with its own If-None-Match,
 * which the caller's (meant for the composed answer) must not replace.
 */
@ApplicationScoped
public class PropagatedHeaders implements ClientHeadersFactory {

    private final List<String> propagated;

    public PropagatedHeaders(@ConfigProperty(name = "org.eclipse.microprofile.rest.client.propagateHeaders")
                             List<String> propagated) {
        this.propagated = propagated;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        for (String name : propagated) {
            if (!containsIgnoringCase(outgoing, name) && incoming.containsKey(name)) {
                headers.put(name, incoming.get(name));
            }
        }
        return headers;
    }

    private static boolean containsIgnoringCase(MultivaluedMap<String, String> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }
}
