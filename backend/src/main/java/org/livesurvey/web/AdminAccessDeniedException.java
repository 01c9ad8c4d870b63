package org.livesurvey.web;

/** A request to the admin API without the right bearer token, or while the admin API is disabled. */
public final class AdminAccessDeniedException extends RuntimeException {

    private final ProblemType problem;

    private AdminAccessDeniedException(ProblemType problem, String message) {
        super(message);
        this.problem = problem;
    }

    static AdminAccessDeniedException apiDisabled() {
        return new AdminAccessDeniedException(ProblemType.ADMIN_API_DISABLED,
                "The admin API is disabled: no admin token is configured (livesurvey.admin-token).");
    }

    static AdminAccessDeniedException tokenMissing() {
        return new AdminAccessDeniedException(ProblemType.ADMIN_TOKEN_REQUIRED,
                "Send the admin token as 'Authorization: Bearer <token>'.");
    }

    static AdminAccessDeniedException tokenInvalid() {
        return new AdminAccessDeniedException(ProblemType.ADMIN_TOKEN_INVALID,
                "The bearer token is not the admin token.");
    }

    ProblemType problem() {
        return problem;
    }
}
