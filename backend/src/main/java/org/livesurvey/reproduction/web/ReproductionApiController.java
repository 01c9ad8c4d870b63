package org.livesurvey.reproduction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.reproduction.ReproductionOverview;
import org.livesurvey.reproduction.ReproductionRequestException;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.reproduction.RunPage;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.web.Listing;
import org.livesurvey.web.Paging;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reproductions[/{id}[/runs]]}: which claims we re-measure, how they fared, and every run. */
@RestController
@RequestMapping(path = "/api/v1/reproductions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "reproductions", description = "Papers' claims re-measured by the reproduction runner")
@ApiResponse(responseCode = "404", description = "No reproduction has the id (reproduction-not-found)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
class ReproductionApiController {

    private final ReproductionService reproductions;

    ReproductionApiController(ReproductionService reproductions) {
        this.reproductions = reproductions;
    }

    @Operation(operationId = "listReproductions", summary = "List reproductions", description = """
            Every reproduction with its experiment, hardware and schedule, its latest run, whether its result is \
            stale (older than its schedule), and per claim the latest verdict with the measured value, the delta \
            and the scale it was measured at.""")
    @GetMapping
    Listing<ReproductionOverview> list() {
        return Listing.of(reproductions.list());
    }

    @Operation(operationId = "getReproduction", summary = "One reproduction with its latest verdicts")
    @GetMapping("/{id}")
    ReproductionOverview get(@PathVariable String id) {
        try {
            return reproductions.get(id);
        } catch (ReproductionRequestException e) {
            throw ReproductionProblems.of(e);
        }
    }

    @Operation(operationId = "listRuns", summary = "The reproduction's runs, newest first",
            description = "Each run's status, origin, hardware, times, metrics and verdicts; GET /api/v1/runs/{id} "
                    + "adds its provenance, result file and log.")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "From 1", example = "1")
    @Parameter(name = "per_page", in = ParameterIn.QUERY, description = "1 to " + Paging.MAX_PER_PAGE
            + ", default " + Paging.DEFAULT_PER_PAGE, example = "20")
    @ApiResponse(responseCode = "400", description = "page or per_page out of range (invalid-parameter)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/runs")
    Listing<RunSummary> runs(@PathVariable String id,
                             @RequestParam(name = "page", required = false) String page,
                             @RequestParam(name = "per_page", required = false) String perPage) {
        Paging paging = Paging.parse(page, perPage);
        try {
            RunPage runs = reproductions.runs(id, paging.page(), paging.perPage());
            return Listing.page(runs.runs(), runs.total(), runs.page(), runs.perPage());
        } catch (ReproductionRequestException e) {
            throw ReproductionProblems.of(e);
        }
    }
}
