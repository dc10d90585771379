package no.newsroom.gateway.rest;

/** Names of the shared error responses and the security scheme declared on {@link GatewayApi}. */
final class ApiResponses {

    static final String BEARER = "bearer";
    /** The same bearer tokens, described by the provider's discovery document (where client apps get them). */
    static final String OIDC = "oidc";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String PRECONDITION_FAILED = "PreconditionFailed";
    static final String UNPROCESSABLE = "Unprocessable";
    static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String UNAVAILABLE = "ServiceUnavailable";
    static final String RATE_LIMIT_POLICY = "The budget (draft-ietf-httpapi-ratelimit-headers): q requests per client, "
            + "restored over w seconds, so q/w a second is the pace that never meets a 429. Sent on every write and "
            + "extraction";
    static final String RATE_LIMIT = "What is left of the budget: r requests now, full again in t seconds";

    private ApiResponses() {
    }
}
