package no.newsroom.support.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Builds the problem+json responses of every mapper in the suite, so that each type reads the same everywhere. */
public final class Problems {

    public static final String TYPE_BASE = "https://newsroom.example/problems/";
    public static final String RETRY_AFTER_SECONDS = "5";

    private Problems() {
    }

    public static Response problem(int status, String type, String title, String detail, UriInfo uri) {
        return response(new Problem(TYPE_BASE + type, title, status, detail, instance(uri), null));
    }

    /** A 400 naming the one field or parameter at fault. */
    public static Response invalidField(String field, String message, String detail, UriInfo uri) {
        return response(new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, instance(uri),
                List.of(new Problem.FieldError(field, message))));
    }

    public static Response staleVersion(UriInfo uri) {
        return problem(412, "stale-version", "The resource has changed",
                "The resource has changed since you read it; fetch it again and reapply your change", uri);
    }

    /** The optimistic lock caught a concurrent writer between this request's read and its commit. */
    public static Response concurrentUpdate(UriInfo uri) {
        return problem(412, "stale-version", "The resource has changed",
                "Another update was saved first; fetch the resource again and reapply your change", uri);
    }

    public static Response databaseUnavailable(UriInfo uri) {
        return retryLater(problem(503, "database-unavailable", "Database unavailable",
                "The database connection was lost and nothing was saved; try again shortly", uri));
    }

    public static Response retryLater(Response response) {
        response.getHeaders().add(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return response;
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
