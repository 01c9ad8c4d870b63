package org.livesurvey.reproduction.web;

import java.util.Map;

import org.livesurvey.reproduction.InvalidRunResultException;
import org.livesurvey.reproduction.ReproductionNotFoundException;
import org.livesurvey.reproduction.ReproductionRequestException;
import org.livesurvey.reproduction.RunAlreadyPendingException;
import org.livesurvey.reproduction.RunNotCancellableException;
import org.livesurvey.reproduction.RunNotFoundException;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

/** The problem (RFC 9457) that answers each way a request to the reproduction API can go wrong. */
final class ReproductionProblems {

    private ReproductionProblems() {
    }

    static ApiProblemException of(ReproductionRequestException e) {
        if (e instanceof ReproductionNotFoundException notFound) {
            return ApiProblemException.of(ProblemType.REPRODUCTION_NOT_FOUND, "No reproduction has the id '"
                    + ApiProblemException.abbreviated(notFound.reproductionId()) + "'.");
        }
        if (e instanceof RunNotFoundException notFound) {
            return ApiProblemException.of(ProblemType.RUN_NOT_FOUND, "No run has the id " + notFound.runId() + ".");
        }
        if (e instanceof RunAlreadyPendingException pending) {
            return ApiProblemException.of(ProblemType.RUN_ALREADY_PENDING, e.getMessage(),
                    Map.of("run_id", pending.pendingRunId()));
        }
        if (e instanceof RunNotCancellableException finished) {
            return ApiProblemException.of(ProblemType.RUN_NOT_CANCELLABLE, e.getMessage(),
                    Map.of("status", finished.status().key()));
        }
        InvalidRunResultException invalid = (InvalidRunResultException) e;
        return ApiProblemException.of(ProblemType.INVALID_RUN_RESULT, "The result file has "
                + invalid.problems().size() + " problem(s); nothing was imported.",
                Map.of("errors", invalid.problems()));
    }
}
