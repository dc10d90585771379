package no.newsroom.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jboss.resteasy.reactive.server.UnwrapException;

/**
 * A patched representation Jackson cannot read; unwrapped so that the cause (unknown field, wrong type) is answered
 * as if the client had sent the whole representation.
 */
@UnwrapException
public class InvalidMergePatchException extends RuntimeException {

    public InvalidMergePatchException(JsonProcessingException cause) {
        super(cause.getMessage(), cause);
    }
}
