package no.newsroom.gateway.client;

/** A downstream service failed, timed out or is shielded by an open circuit breaker. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String reason) {
        super(service + " is unavailable: " + reason);
        this.service = service;
    }

    public ServiceUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable: " + cause.getClass().getSimpleName(), cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
