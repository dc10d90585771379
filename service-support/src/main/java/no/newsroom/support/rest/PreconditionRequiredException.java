package no.newsroom.support.rest;

/** An update came without the {@code If-Match} header that guards against lost updates. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Send If-Match with the ETag of the version you edited");
    }
}
