package org.livesurvey.reproduction.web;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.reproduction.ImportedRun;
import org.livesurvey.reproduction.ReproductionRequestException;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.reproduction.RunSummary;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an operator may do with runs: enqueue one now, cancel one, import a result produced elsewhere. The bearer
 * token is checked before this controller runs (see {@code org.livesurvey.web.AdminTokenInterceptor}).
 */
@RestController
@Tag(name = "admin", description = "Operator actions; need Authorization: Bearer <admin token>")
class AdminRunController {

    private static final Pattern GIT_COMMIT = Pattern.compile("[0-9a-f]{7,40}");
    private static final int MAX_HOST_LENGTH = 253;

    private final ReproductionService reproductions;

    AdminRunController(ReproductionService reproductions) {
        this.reproductions = reproductions;
    }

    @Operation(operationId = "enqueueRun", summary = "Queue a run of the reproduction now",
            description = "201 with the queued run; 409 run-already-pending when one is queued or running.")
    @PostMapping(path = "/api/v1/admin/reproductions/{id}/runs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RunSummary> enqueue(@PathVariable String id) {
        try {
            RunSummary run = reproductions.enqueue(id);
            return ResponseEntity.created(location(run)).body(run);
        } catch (ReproductionRequestException e) {
            throw ReproductionProblems.of(e);
        }
    }

    @Operation(operationId = "cancelRun", summary = "Cancel a queued or running run",
            description = "A running experiment is killed with its child processes within a heartbeat. 409 "
                    + "run-not-cancellable when it has already finished.")
    @PostMapping(path = "/api/v1/admin/runs/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    RunSummary cancel(@PathVariable long id) {
        try {
            return reproductions.cancel(id);
        } catch (ReproductionRequestException e) {
            throw ReproductionProblems.of(e);
        }
    }

    @Operation(operationId = "importRun", summary = "Import a result file produced elsewhere", description = """
            The body is the result file an experiment wrote (runner/result.schema.json), e.g. the GPU \
            configuration run on a GPU machine. It becomes a succeeded run of the reproduction with its own \
            provenance (times, hardware and library versions from the file) and verdicts. 201 for a new run; 200 \
            with the earlier run when the same file was imported before; 422 invalid-run-result when the file \
            breaks the contract or is of another experiment or configuration.""")
    @Parameter(name = "reproduction_id", in = ParameterIn.QUERY, required = true, example = "dymu-gpu")
    @Parameter(name = "commit", in = ParameterIn.QUERY, description = "The git commit it ran from, if known")
    @Parameter(name = "host", in = ParameterIn.QUERY, description = "The machine it ran on, if known")
    @PostMapping(path = "/api/v1/admin/runs/import", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RunSummary> importRun(@RequestParam(name = "reproduction_id") String reproductionId,
                                         @RequestParam(name = "commit", required = false) String commit,
                                         @RequestParam(name = "host", required = false) String host,
                                         @RequestBody String result) {
        checkProvenance(commit, host);
        try {
            ImportedRun imported = reproductions.importResult(reproductionId, result, commit, host);
            return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                    .location(location(imported.run())).body(imported.run());
        } catch (ReproductionRequestException e) {
            throw ReproductionProblems.of(e);
        }
    }

    private static void checkProvenance(String commit, String host) {
        if (commit != null && !GIT_COMMIT.matcher(commit).matches()) {
            throw ApiProblemException.of(ProblemType.INVALID_PARAMETER, "commit must be a git commit id (7 to 40 "
                    + "lower-case hex digits), not '" + ApiProblemException.abbreviated(commit) + "'.",
                    Map.of("parameter", "commit"));
        }
        if (host != null && (host.isBlank() || host.length() > MAX_HOST_LENGTH)) {
            throw ApiProblemException.of(ProblemType.INVALID_PARAMETER, "host must be a host name of 1 to "
                    + MAX_HOST_LENGTH + " characters.", Map.of("parameter", "host"));
        }
    }

    private static URI location(RunSummary run) {
        return URI.create("/api/v1/runs/" + run.id());
    }
}
