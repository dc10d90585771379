package no.newsroom.gateway.rest;

import jakarta.ws.rs.core.Application;
import no.newsroom.gateway.openapi.WebhookDocs;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public API as one OpenAPI document: its description, tags, the bearer scheme and the error responses every
 * operation refers to by name (see {@link ApiResponses}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Newsroom claims API", version = "1.0.0",
                description = "Articles and the claims they report, with an editorial verification workflow. "
                        + "Anonymous callers and readers see published articles and approved claim statuses; "
                        + "editors write, verifiers review and approve.",
                contact = @Contact(name = "Newsroom platform team", email = "platform@newsroom.example",
                        url = "https://newsroom.example/platform"),
                license = @License(name = "Proprietary", url = "https://newsroom.example/terms")),
        servers = @Server(url = "http://localhost:8080", description = "Local development"),
        tags = {
                @Tag(name = "Articles", description = "News and live articles, optionally with their claims"),
                @Tag(name = "Claims", description = "Claims reported by articles and their verification"),
                @Tag(name = "Review", description = "The verifiers' work queue"),
                @Tag(name = "Extraction", description = "Finding checkable claims in text"),
                @Tag(name = "Events", description = "Live updates as Server-Sent Events"),
                @Tag(name = "Webhooks", description = "Signed deliveries of public events to server-side clients "
                        + "(admin only). " + WebhookDocs.SIGNING)},
        components = @Components(responses = {
                @APIResponse(name = ApiResponses.BAD_REQUEST, responseCode = "400",
                        description = "Invalid input; validation problems list the fields at fault",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "validation", value = """
                                        {"type": "https://newsroom.example/problems/validation",
                                         "title": "Invalid request", "status": 400,
                                         "detail": "title: must not be blank", "instance": "/api/v1/articles",
                                         "errors": [{"field": "title", "message": "must not be blank"}]}"""))),
                @APIResponse(name = ApiResponses.UNAUTHORIZED, responseCode = "401",
                        description = "No valid bearer token",
                        headers = @Header(name = "WWW-Authenticate", description = "Bearer",
                                schema = @Schema(type = SchemaType.STRING)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unauthorized", value = """
                                        {"type": "https://newsroom.example/problems/unauthorized",
                                         "title": "Authentication required", "status": 401,
                                         "detail": "Send a valid bearer token in the Authorization header",
                                         "instance": "/api/v1/articles"}"""))),
                @APIResponse(name = ApiResponses.FORBIDDEN, responseCode = "403",
                        description = "The token's role does not allow this operation",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "forbidden", value = """
                                        {"type": "https://newsroom.example/problems/forbidden",
                                         "title": "Not allowed", "status": 403,
                                         "detail": "Your role does not allow this operation",
                                         "instance": "/api/v1/claims/c4a1e9d2-7b3f-4c8e-a5d6-2f9b1e7c3a80/approval"}"""))),
                @APIResponse(name = ApiResponses.NOT_FOUND, responseCode = "404",
                        description = "No such resource, or not visible to this caller",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "notFound", value = """
                                        {"type": "https://newsroom.example/problems/not-found",
                                         "title": "Article not found", "status": 404,
                                         "detail": "No article live-missilfragmenter-traff-boligblokker-i-kyiv",
                                         "instance": "/api/v1/articles/live-missilfragmenter-traff-boligblokker-i-kyiv"}"""))),
                @APIResponse(name = ApiResponses.CONFLICT, responseCode = "409",
                        description = "Not allowed in the current state; the problem names what is allowed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "transition", value = """
                                        {"type": "https://newsroom.example/problems/transition-not-allowed",
                                         "title": "Transition not allowed", "status": 409,
                                         "detail": "A claim cannot move from UNVERIFIED to CONFIRMED; allowed \
                                        from UNVERIFIED: [IN_REVIEW]",
                                         "instance": "/api/v1/claims/c4a1e9d2-7b3f-4c8e-a5d6-2f9b1e7c3a80/transitions",
                                         "allowed": ["IN_REVIEW"]}"""))),
                @APIResponse(name = ApiResponses.PRECONDITION_FAILED, responseCode = "412",
                        description = "If-Match names an outdated version; read the resource again",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale", value = """
                                        {"type": "https://newsroom.example/problems/stale-version",
                                         "title": "Version is outdated", "status": 412,
                                         "detail": "If-Match \\"2\\" but the current version is \\"3\\"",
                                         "instance": "/api/v1/articles/3f0c6a52-8d1e-4b7a-9c2f-5e8d7b6a1c04"}"""))),
                @APIResponse(name = ApiResponses.UNPROCESSABLE, responseCode = "422",
                        description = "Well-formed but violates a domain rule",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "quantities", value = """
                                        {"type": "https://newsroom.example/problems/claim-rule",
                                         "title": "The claim breaks a domain rule", "status": 422,
                                         "detail": "a sub-count of 4 helikoptre cannot exceed the 3 fly it is part of",
                                         "instance": "/api/v1/claims"}"""))),
                @APIResponse(name = ApiResponses.PRECONDITION_REQUIRED, responseCode = "428",
                        description = "If-Match is missing; send the ETag you read",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "missingIfMatch", value = """
                                        {"type": "https://newsroom.example/problems/precondition-required",
                                         "title": "If-Match required", "status": 428,
                                         "detail": "Send the ETag of the version you edit in If-Match",
                                         "instance": "/api/v1/articles/3f0c6a52-8d1e-4b7a-9c2f-5e8d7b6a1c04"}"""))),
                @APIResponse(name = ApiResponses.TOO_MANY_REQUESTS, responseCode = "429",
                        description = "This client used its budget for the endpoint: writes, or extractions",
                        headers = {
                                @Header(name = "Retry-After", description = "Seconds to wait",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                @Header(name = "RateLimit-Policy", description = ApiResponses.RATE_LIMIT_POLICY,
                                        schema = @Schema(type = SchemaType.STRING,
                                                example = "\"writes\";q=30;w=6")),
                                @Header(name = "RateLimit", description = ApiResponses.RATE_LIMIT,
                                        schema = @Schema(type = SchemaType.STRING,
                                                example = "\"writes\";r=0;t=6"))},
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "rateLimited", value = """
                                        {"type": "https://newsroom.example/problems/rate-limited",
                                         "title": "Too many requests", "status": 429,
                                         "detail": "The writes limit is reached; retry after 1 s",
                                         "instance": "/api/v1/claims"}"""))),
                @APIResponse(name = ApiResponses.UNAVAILABLE, responseCode = "503",
                        description = "A backend service is down or slow",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unavailable", value = """
                                        {"type": "https://newsroom.example/problems/service-unavailable",
                                         "title": "Service unavailable", "status": 503,
                                         "detail": "articles-service is not answering; try again shortly",
                                         "instance": "/api/v1/articles"}"""))),
                @APIResponse(name = ApiResponses.IDEMPOTENCY_KEY_IN_USE, responseCode = "409",
                        description = "A request with this Idempotency-Key is still running; retry shortly",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "keyInUse", value = """
                                        {"type": "https://newsroom.example/problems/idempotency-key-in-use",
                                         "title": "Request with this Idempotency-Key still running", "status": 409,
                                         "detail": "A request with Idempotency-Key 8e03b0c2 is still being \
                                        processed; retry once it has finished",
                                         "instance": "/api/v1/articles"}"""))),
                @APIResponse(name = ApiResponses.IDEMPOTENCY_KEY_REUSED, responseCode = "422",
                        description = "The Idempotency-Key was already used with a different request",
                        content = @Content(mediaType = Problem.MEDIA_TYPE,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "keyReused", value = """
                                        {"type": "https://newsroom.example/problems/idempotency-key-reused",
                                         "title": "Idempotency-Key reused", "status": 422,
                                         "detail": "Idempotency-Key 8e03b0c2 was already used with a \
                                        different request to /articles; use a new key for a new request",
                                         "instance": "/api/v1/articles"}""")))},
                parameters = @Parameter(name = ApiResponses.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
                        required = false, schema = @Schema(type = SchemaType.STRING, maxLength = 255),
                        example = "\"8e03b0c2-6f1d-4d5a-b7a4-1f0c2e9d3a51\"",
                        description = ApiResponses.IDEMPOTENCY_KEY_DESCRIPTION)))
@SecurityScheme(securitySchemeName = ApiResponses.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "An access token from the newsroom's OpenID Connect provider for the "
        + "audience newsroom-api, with the role reader, editor, verifier or admin; apps get one with client "
        + "credentials (see the oidc scheme). Locally `./suite token <user> <role>` prints a dev token, or, with "
        + "`./suite start --sso`, Keycloak issues them")
@SecurityScheme(securitySchemeName = ApiResponses.OIDC, type = SecuritySchemeType.OPENIDCONNECT,
        openIdConnectUrl = "https://login.newsroom.example/realms/newsroom/.well-known/openid-configuration",
        description = "The provider that issues the bearer tokens. Locally (`./suite start --sso`): "
                + "http://localhost:8180/realms/newsroom/.well-known/openid-configuration")
public class GatewayApi extends Application {
}
