package no.newsroom.articles.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.articles.domain.ArticleArchivedException;
import no.newsroom.articles.domain.InvalidContentException;
import no.newsroom.articles.domain.InvalidStatusChangeException;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.rest.Problems;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

import static no.newsroom.support.rest.Problems.TYPE_BASE;
import static no.newsroom.support.rest.Problems.instance;
import static no.newsroom.support.rest.Problems.problem;

/**
 * This service's own failures as {@code application/problem+json}; those of the request itself (validation,
 * authentication, preconditions, not found) are mapped once for the suite by
 * {@link no.newsroom.support.rest.RequestProblemMapper}.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e, UriInfo uri) {
        return Problems.databaseUnavailable(uri);
    }

    @ServerExceptionMapper
    public Response archived(ArticleArchivedException e, UriInfo uri) {
        return problem(409, "article-archived", "Article is archived", e.getMessage(), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return Problems.concurrentUpdate(uri);
    }

    @ServerExceptionMapper
    public Response invalidContent(InvalidContentException e, UriInfo uri) {
        return Problems.response(new Problem(TYPE_BASE + "invalid-content", "Content cannot be applied", 422,
                e.field() + ": " + e.getMessage(), instance(uri),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response invalidStatusChange(InvalidStatusChangeException e, UriInfo uri) {
        return problem(409, "invalid-status-change", "Status change not allowed", e.getMessage(), uri);
    }
}
