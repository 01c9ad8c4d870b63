package org.livesurvey.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with the stable types of {@link ProblemType}. */
final class Problems {

    private static final int MAX_ECHOED_LENGTH = 40;

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        return problem;
    }

    /** A client's value for a detail, cut to a readable length: a 10 kB parameter need not come back in full. */
    static String abbreviated(String clientValue) {
        if (clientValue == null) {
            return "";
        }
        if (clientValue.codePointCount(0, clientValue.length()) <= MAX_ECHOED_LENGTH) {
            return clientValue;
        }
        return clientValue.substring(0, clientValue.offsetByCodePoints(0, MAX_ECHOED_LENGTH)) + "…";
    }

    /**
     * Gives a problem that Spring MVC built for a standard exception (type {@code about:blank}) our type for its
     * status, keeping Spring's detail, which describes the request and not the server.
     */
    static ProblemDetail withStableType(ProblemDetail problem, HttpStatusCode status) {
        if (problem.getType() != null && !URI.create("about:blank").equals(problem.getType())) {
            return problem;
        }
        ProblemType.forStatus(status).ifPresent(type -> {
            problem.setType(type.type());
            problem.setTitle(type.title());
        });
        return problem;
    }
}
