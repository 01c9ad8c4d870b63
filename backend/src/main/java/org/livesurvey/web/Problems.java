package org.livesurvey.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with the stable types of {@link ProblemType}. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.type());
        problem.setTitle(type.title());
        return problem;
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
