package org.livesurvey.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.export.ExportMediaTypes;
import org.livesurvey.export.web.ExportNegotiation;
import org.livesurvey.export.web.ExportResponses;
import org.livesurvey.paper.PaperService;
import org.livesurvey.search.PaperSearchService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: full text, filters, facets, order and paging, answered as JSON or, with
 * {@code format=} or a citation media type in {@code Accept}, as a citation file of the result set.
 */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "search", description = "Faceted search over the papers")
@ApiResponse(responseCode = "400", description = "A parameter is wrong; the problem's type says which rule it broke "
        + "(invalid-parameter, invalid-filter, unknown-field, query-too-long, invalid-search, "
        + "unsupported-export-format)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Rate limit exceeded (rate-limited); see Retry-After",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "503", description = "The search engine is down (search-unavailable); see Retry-After",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
class SearchApiController {

    private static final String EXPORT_NOTE = "The export holds the first " + ResultSetExport.MAX_PAPERS
            + " papers of the result set in its order, whatever page, per_page or cursor say; X-Total-Count "
            + "tells how many matched.";

    private final PaperSearchService search;
    private final ResultSetExport export;
    private final JsonMapper json;

    SearchApiController(PaperSearchService search, PaperService papers, CitationExporter exporter, JsonMapper json) {
        this.search = search;
        this.export = new ResultSetExport(search, papers, exporter);
        this.json = json;
    }

    @Operation(operationId = "searchPapers", summary = "Search papers", description = """
            Full text (`q`) over title, abstract, authors and venue; filters in the OpenAlex style; facet counts, \
            each ignoring the filter of its own field; paging by `page`/`per_page` (the first 10,000 results) \
            or by `cursor` (start with `cursor=*`, go on with `meta.next_cursor`). With `format=` (bibtex, \
            csl-json, ris, csv) the answer is a citation file instead.""" + " " + EXPORT_NOTE)
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Free text, at most "
            + SearchQueryParser.MAX_TEXT_LENGTH + " characters: words (any may match, more is better), \"a phrase\", "
            + "-excluded, prefix*")
    @Parameter(name = "filter", in = ParameterIn.QUERY, example = "category:efficiency,year:2024|2025,!tag:survey",
            description = "Clauses joined by , (all must hold): field:value|value (any value), !field:value "
                    + "(none of them). Quote values that contain , | or \": venue:\"ACL, Findings\". year takes "
                    + "2025 or 2023-2025, has_code true or false, reproduction one of reproduced, partially, "
                    + "not-reproduced, inconclusive, pending (checked but not yet measured) or none. Fields: "
                    + "category, year, venue, contribution, modality, training, tag, has_code, reproduction, author. "
                    + "At most 50 values a field, 2,000 characters in all.")
    @Parameter(name = "facets", in = ParameterIn.QUERY, example = "category,year",
            description = "Fields to count values of, joined by , or all")
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"relevance", "newest",
            "oldest", "-published", "+published"}),
            description = "Default: relevance with q, newest without; ties are broken by paper id")
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            defaultValue = "1"), description = "page × per_page may be at most 10,000; go deeper with cursor")
    @Parameter(name = "per_page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            maximum = "100", defaultValue = "25"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "* for the first page of cursor paging, then "
            + "meta.next_cursor; not together with page")
    @Parameter(name = "format", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"bibtex", "csl-json",
            "ris", "csv"}), description = "Answer with a citation file of the result set instead of JSON")
    @ApiResponse(responseCode = "200", description = "Results with facet counts, or a citation file of them", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = SearchResponse.class)),
            @Content(mediaType = ExportMediaTypes.BIBTEX, schema = @Schema(type = "string")),
            @Content(mediaType = ExportMediaTypes.CSL_JSON, schema = @Schema(type = "string")),
            @Content(mediaType = ExportMediaTypes.RIS, schema = @Schema(type = "string")),
            @Content(mediaType = ExportMediaTypes.CSV, schema = @Schema(type = "string"))})
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        SearchQuery query = SearchQueryParser.parse(parameters);
        String format = QueryParameters.single(parameters, "format").orElse(null);
        if (format != null) {
            return exported(query, ExportFormat.forName(format));
        }
        SearchResponse response = SearchResponse.of(query, search.search(query.request()));
        return ResponseEntity.ok()
                .eTag(contentTag(response))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(response);
    }

    @Operation(operationId = "searchPapers", summary = "Search papers", description = "The same search, answered as "
            + "the citation format named in Accept (format= wins when given). " + EXPORT_NOTE)
    @GetMapping(produces = {ExportMediaTypes.BIBTEX, ExportMediaTypes.CSL_JSON, ExportMediaTypes.RIS,
            ExportMediaTypes.CSV})
    ResponseEntity<String> searchAsCitations(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.ACCEPT) String accept)
            throws HttpMediaTypeNotAcceptableException {
        SearchQuery query = SearchQueryParser.parse(parameters);
        String format = QueryParameters.single(parameters, "format").orElse(null);
        return exported(query, ExportNegotiation.choose(format, accept));
    }

    private ResponseEntity<String> exported(SearchQuery query, ExportFormat format) {
        ResultSetExport.Exported exported = export.export(query.request(), format);
        ResponseEntity<String> file = ExportResponses.attachment(exported.content(), format, "livesurvey-search");
        return ResponseEntity.status(file.getStatusCode())
                .headers(file.getHeaders())
                .header("X-Total-Count", Long.toString(exported.total()))
                .body(file.getBody());
    }

    /**
     * A weak ETag of everything but {@code took_ms}: the same results give the same tag, so that
     * {@code If-None-Match} works (the ETag filter keeps a tag the controller set).
     */
    private String contentTag(SearchResponse response) {
        return "W/\"" + DigestUtils.md5DigestAsHex(json.writeValueAsBytes(response.withoutTiming())) + "\"";
    }
}
