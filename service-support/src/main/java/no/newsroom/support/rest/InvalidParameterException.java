package no.newsroom.support.rest;

/** A query parameter that is well-formed on its own but does not fit the others; answered with 400. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
