package org.livesurvey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.livesurvey.LiveSurveyProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards {@code /api/v1/admin/**}: the request must carry {@code Authorization: Bearer <livesurvey.admin-token>}.
 * Without a configured token every admin request is refused, so nothing anonymous can change state. Where it guards
 * what maintainers read (the review queue's API and feed), a maintainer logged in to the admin pages passes too.
 */
class AdminTokenInterceptor implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final LiveSurveyProperties properties;
    private final AdminCredential credential;
    private final boolean acceptsLoggedInMaintainer;

    AdminTokenInterceptor(LiveSurveyProperties properties, boolean acceptsLoggedInMaintainer) {
        this.properties = properties;
        this.credential = new AdminCredential(properties.adminToken());
        this.acceptsLoggedInMaintainer = acceptsLoggedInMaintainer;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            // unknown admin URLs fall through to a plain 404
            return true;
        }
        if (!properties.adminApiEnabled()) {
            throw AdminAccessDeniedException.apiDisabled();
        }
        if (acceptsLoggedInMaintainer && AdminSecurityConfig.isMaintainer(
                SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AdminAccessDeniedException.tokenMissing();
        }
        if (!credential.matches(authorization.substring(BEARER.length()).strip())) {
            throw AdminAccessDeniedException.tokenInvalid();
        }
        return true;
    }
}
