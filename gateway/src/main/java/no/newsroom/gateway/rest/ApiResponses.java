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
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_KEY_IN_USE = "IdempotencyKeyInUse";
    static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
    static final String IDEMPOTENCY_KEY_DESCRIPTION = "Makes a create safe to retry "
            + "(draft-ietf-httpapi-idempotency-key-header): send a fresh unique value, such as a UUID, with each "
            + "new request and the same value when you retry it after a timeout. Within 24 hours a retry with the "
            + "same key and the same request gets the first answer again (status, Location, ETag, body), marked "
            + "Idempotent-Replayed: true, instead of creating a second resource; the same key with a different "
            + "request is a 422 (idempotency-key-reused); "
            + "a retry while the first request still runs is a 409 (idempotency-key-in-use). Failed requests are not "
            + "kept, so a retry after a 4xx runs again. Keys are per caller and operation. Without the header every "
            + "request creates.";
    static final String RATE_LIMIT_POLICY = "The budget (draft-ietf-httpapi-ratelimit-headers): q requests per client, "
            + "restored over w seconds, so q/w a second is the pace that never meets a 429. Sent on every write and "
            + "extraction";
    static final String RATE_LIMIT = "What is left of the budget: r requests now, full again in t seconds";

    private ApiResponses() {
    }
}
