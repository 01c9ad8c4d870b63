package org.livesurvey.web;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.livesurvey.export.UnsupportedExportFormatException;
import org.livesurvey.paper.PaperMovedException;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.search.InvalidSearchRequestException;
import org.livesurvey.search.SearchUnavailableException;
import org.livesurvey.taxonomy.CategoryNotFoundException;
import org.livesurvey.taxonomy.SyncInProgressException;
import org.livesurvey.taxonomy.TaxonomyInvalidException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception of an API controller ({@code @RestController}) into {@code application/problem+json} with a
 * stable {@link ProblemType}. Ordered first so that the page handler, which also applies to REST controllers
 * ({@code @RestController} is a {@code @Controller}), never renders HTML for the API.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The search engine recovers by itself, typically within seconds (a restart or a node rejoining). */
    static final int SEARCH_RETRY_AFTER_SECONDS = 5;

    /** Tomcat's default {@code maxParameterCount}. */
    private static final int MAX_PARAMETERS = 1_000;

    @ExceptionHandler
    ResponseEntity<Void> paperMoved(PaperMovedException e, HttpServletRequest request) {
        return MovedPaperRedirect.of(e, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> paperNotFound(PaperNotFoundException e) {
        return respond(Problems.of(ProblemType.PAPER_NOT_FOUND, "No paper has the id '" + e.paperId() + "'."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> categoryNotFound(CategoryNotFoundException e) {
        return respond(Problems.of(ProblemType.CATEGORY_NOT_FOUND, "No category has the path '" + e.path() + "'."));
    }

    /** Names the rejected value (shortened: it is the client's free text) and lists the valid formats. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedExportFormat(UnsupportedExportFormatException e) {
        ProblemDetail problem = Problems.of(ProblemType.UNSUPPORTED_EXPORT_FORMAT,
                "The export format '" + Problems.abbreviated(e.requested()) + "' is not supported; use one of: "
                        + String.join(", ", e.supported()) + ".");
        problem.setProperty("formats", e.supported());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> adminAccessDenied(AdminAccessDeniedException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.problem().status());
        if (e.problem().status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, e.problem() == ProblemType.ADMIN_TOKEN_INVALID
                    ? "Bearer realm=\"livesurvey-admin\", error=\"invalid_token\""
                    : "Bearer realm=\"livesurvey-admin\"");
        }
        return response.body(Problems.of(e.problem(), e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> taxonomyInvalid(TaxonomyInvalidException e) {
        ProblemDetail problem = Problems.of(ProblemType.TAXONOMY_INVALID,
                "The taxonomy has " + e.problems().size() + " problem(s); nothing was synced.");
        problem.setProperty("errors", e.problems());
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> syncInProgress(SyncInProgressException e) {
        return respond(Problems.of(ProblemType.SYNC_IN_PROGRESS,
                "A taxonomy sync is already running; ask again when it has finished."));
    }

    /** A client error found by a parser or controller of the API, which chose its type, detail and members. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e) {
        ProblemDetail problem = Problems.of(e.type(), e.detail());
        e.members().forEach(problem::setProperty);
        return respond(problem);
    }

    /** The search core's message is written to be shown (see the exception). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidSearch(InvalidSearchRequestException e) {
        return respond(Problems.of(ProblemType.INVALID_SEARCH, e.getMessage()));
    }

    /** The search core has logged the engine's failure; every search ends here while the engine is down. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> searchUnavailable(SearchUnavailableException e) {
        return ResponseEntity.status(ProblemType.SEARCH_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(SEARCH_RETRY_AFTER_SECONDS))
                .body(Problems.of(ProblemType.SEARCH_UNAVAILABLE, "Search is not available at the moment; try again in "
                        + SEARCH_RETRY_AFTER_SECONDS + " seconds. Papers can still be looked up by id."));
    }

    /**
     * Tomcat reads the query string only when a parameter is first asked for, and then refuses bytes that are not
     * percent-encoded UTF-8 (or more parameters than it allows) with this exception: the client's mistake.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        return respond(Problems.of(ProblemType.INVALID_REQUEST, "The query string cannot be read: parameters must "
                + "be UTF-8, percent-encoded, and at most " + MAX_PARAMETERS + " in number."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rateLimitExceeded(RateLimitExceededException e) {
        return ResponseEntity.status(ProblemType.RATE_LIMITED.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(ProblemType.RATE_LIMITED, "Too many requests from this client; wait "
                        + e.retryAfterSeconds() + " second(s) before the next one."));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.error("The database is unavailable", e);
        return respond(Problems.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; try again shortly."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in an API request", e);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. It has been logged."));
    }

    /** Lists which parameter broke which rule, e.g. {@code id: must be a paper id ...}. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": "
                                + error.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(ProblemType.INVALID_REQUEST, detail.isEmpty() ? "Invalid input." : detail);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /**
     * Every standard Spring MVC error gets the stable type of its status. Most handlers pass no body, leaving it to
     * the exception ({@link ErrorResponse}); it is taken here, as the superclass would, so that it gets the type too.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problemBody = body == null && e instanceof ErrorResponse response
                ? response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale())
                : body;
        Object stableBody = problemBody instanceof ProblemDetail problem
                ? Problems.withStableType(problem, status)
                : problemBody;
        return super.handleExceptionInternal(e, stableBody, headers, status, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
