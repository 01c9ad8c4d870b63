package org.livesurvey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies the per-client rate limit to the API. Throws rather than writing the 429 itself, so that
 * {@link ApiExceptionHandler} renders it like every other problem and the CORS headers, which Spring MVC has set by
 * then, let a browser script read it.
 */
class RateLimitInterceptor implements HandlerInterceptor {

    private final ClientRateLimiter limiter;

    RateLimitInterceptor(ClientRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // only calls of API methods count: unknown URLs are a plain 404, and CORS preflights (a handler of
        // Spring MVC's own) are the browser's doing, not the client's
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        long retryAfterSeconds = limiter.acquire(request.getRemoteAddr());
        if (retryAfterSeconds > 0) {
            throw new RateLimitExceededException(retryAfterSeconds);
        }
        return true;
    }
}
