package org.livesurvey.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.livesurvey.LiveSurveyProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards {@code /api/v1/admin/**}: the request must carry {@code Authorization: Bearer <livesurvey.admin-token>}.
 * Without a configured token every admin request is refused, so nothing anonymous can change state.
 */
class AdminTokenInterceptor implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final LiveSurveyProperties properties;

    AdminTokenInterceptor(LiveSurveyProperties properties) {
        this.properties = properties;
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
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw AdminAccessDeniedException.tokenMissing();
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (!sameSecret(token, properties.adminToken())) {
            throw AdminAccessDeniedException.tokenInvalid();
        }
        return true;
    }

    /** Compares in time that does not depend on where the strings differ. */
    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
