package org.livesurvey.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused data directory lock in two plain lines instead of a stack trace. */
class AnotherInstanceRunningFailureAnalyzer extends AbstractFailureAnalyzer<AnotherInstanceRunningException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AnotherInstanceRunningException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other instance, or start this one with another data directory "
                        + "(--livesurvey.data-dir=<path>).",
                cause);
    }
}
