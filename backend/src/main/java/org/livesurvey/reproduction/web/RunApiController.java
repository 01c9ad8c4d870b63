package org.livesurvey.reproduction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.reproduction.ReproductionRequestException;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.reproduction.RunDetails;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/runs/{id}}: one run in full, with its provenance, result file and log. */
@RestController
@Tag(name = "reproductions")
class RunApiController {

    private final ReproductionService reproductions;

    RunApiController(ReproductionService reproductions) {
        this.reproductions = reproductions;
    }

    @Operation(operationId = "getRun", summary = "One run with its provenance, result file and log", description = """
            Provenance: git commit, experiment version, command, parameters, seed, hardware (CPU and GPU model, \
            memory), library versions, start, end, duration, peak memory and worker host. The log holds the \
            experiment's output, its first and last parts when it was long.""")
    @ApiResponse(responseCode = "404", description = "No run has the id (run-not-found)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/v1/runs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RunDetails run(@PathVariable long id) {
        try {
            return reproductions.run(id);
        } catch (ReproductionRequestException e) {
            throw ReproductionProblems.of(e);
        }
    }
}
