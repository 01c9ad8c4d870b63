package org.livesurvey.web;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The problems the API reports (RFC 9457 {@code application/problem+json}). Each has a stable {@code type} URI,
 * {@code https://livesurvey.org/problems/<slug>}, that clients may switch on; the {@code title} is fixed per type,
 * the {@code detail} says what happened to this request and never carries internals. The site lists them all at
 * {@code /problems}.
 */
public enum ProblemType {

    PAPER_NOT_FOUND("paper-not-found", HttpStatus.NOT_FOUND, "Paper not found",
            "No paper has the requested id."),
    CATEGORY_NOT_FOUND("category-not-found", HttpStatus.NOT_FOUND, "Category not found",
            "No category node has the requested path."),
    REPRODUCTION_NOT_FOUND("reproduction-not-found", HttpStatus.NOT_FOUND, "Reproduction not found",
            "No reproduction has the requested id."),
    RUN_NOT_FOUND("run-not-found", HttpStatus.NOT_FOUND, "Run not found",
            "No run has the requested id."),
    RUN_ALREADY_PENDING("run-already-pending", HttpStatus.CONFLICT, "Run already pending",
            "The reproduction already has a queued or running run; the run_id member names it."),
    RUN_NOT_CANCELLABLE("run-not-cancellable", HttpStatus.CONFLICT, "Run already finished",
            "Only a queued or running run can be cancelled; the status member says how this one ended."),
    INVALID_RUN_RESULT("invalid-run-result", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid run result",
            "The imported result file breaks the experiment contract (runner/result.schema.json) or is of another "
                    + "experiment or configuration; the errors member lists every problem."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found",
            "Nothing is served at the requested URL."),
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request",
            "A parameter, path variable or body is malformed or out of range."),
    UNSUPPORTED_EXPORT_FORMAT("unsupported-export-format", HttpStatus.BAD_REQUEST, "Unsupported export format",
            "format= names no export format. The formats member lists the valid ones: bibtex, csl-json, ris, csv."),
    ADMIN_TOKEN_REQUIRED("admin-token-required", HttpStatus.UNAUTHORIZED, "Admin token required",
            "The admin API needs Authorization: Bearer <token> and the request has none."),
    ADMIN_TOKEN_INVALID("admin-token-invalid", HttpStatus.UNAUTHORIZED, "Admin token invalid",
            "The bearer token does not match the configured admin token."),
    ADMIN_API_DISABLED("admin-api-disabled", HttpStatus.FORBIDDEN, "Admin API disabled",
            "No admin token is configured (livesurvey.admin-token), so the admin API is closed."),
    TAXONOMY_INVALID("taxonomy-invalid", HttpStatus.UNPROCESSABLE_CONTENT, "Taxonomy is invalid",
            "The taxonomy directory has validation errors; nothing was synced. The errors member lists them."),
    SYNC_IN_PROGRESS("sync-in-progress", HttpStatus.CONFLICT, "Sync already running",
            "Another sync is running; try again when it has finished."),
    REINDEX_IN_PROGRESS("reindex-in-progress", HttpStatus.CONFLICT, "Reindex already running",
            "A full rebuild of the search index is running; try again when it has finished."),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter",
            "A query parameter of a search endpoint is malformed, out of range, or given more than once; the "
                    + "parameter member names it."),
    QUERY_TOO_LONG("query-too-long", HttpStatus.BAD_REQUEST, "Query too long",
            "A search parameter is longer than its limit (q: 500 characters, filter: 2,000); the parameter and "
                    + "max_length members say which limit."),
    INVALID_FILTER("invalid-filter", HttpStatus.BAD_REQUEST, "Invalid filter",
            "filter= does not follow field:value|value,!field:value, or a value does not suit its field; the "
                    + "detail says what and the position member where (1-based)."),
    UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "Unknown field",
            "filter= or facets= names a field that does not exist; the field member names it, suggestion is the "
                    + "nearest valid field (when one is close), valid_fields lists them all."),
    INVALID_SEARCH("invalid-search", HttpStatus.BAD_REQUEST, "Invalid search",
            "The search engine cannot run the request as given, e.g. an expired or altered cursor or a page "
                    + "beyond the deepest one served; the detail says what to change."),
    SEARCH_UNAVAILABLE("search-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable",
            "The search engine is not answering; Retry-After says when to try again. Paper lookups keep working."),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
            "This client sent more API requests than its rate limit allows; Retry-After says how many seconds to "
                    + "wait."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "The HTTP method is not supported by the resource."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "None of the media types in Accept can be produced."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "The request body's media type is not supported."),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
            "The database cannot be reached at the moment."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Anything unexpected; the cause is in the server log, not in the response.");

    public static final String BASE_URI = "https://livesurvey.org/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;
    private final String description;

    ProblemType(String slug, HttpStatus status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public URI type() {
        return URI.create(BASE_URI + slug);
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** When clients get this problem; shown on the {@code /problems} page. */
    public String description() {
        return description;
    }

    /**
     * The generic type for an error that Spring MVC or the servlet container reported with only a status code;
     * empty for statuses without one, which are reported as {@code about:blank} (RFC 9457 section 4.2.1).
     */
    public static Optional<ProblemType> forStatus(HttpStatusCode status) {
        return Stream.of(NOT_FOUND, INVALID_REQUEST, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE,
                        SERVICE_UNAVAILABLE, INTERNAL_ERROR)
                .filter(type -> type.status.value() == status.value())
                .findFirst();
    }
}
