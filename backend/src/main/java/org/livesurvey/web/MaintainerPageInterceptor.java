package org.livesurvey.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A second lock on the admin pages behind the login of {@link AdminSecurityConfig}: should a request ever reach an
 * admin controller without passing that filter chain, it is sent to the login page all the same.
 */
class MaintainerPageInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (AdminSecurityConfig.isMaintainer(SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + AdminSecurityConfig.LOGIN_PAGE);
        return false;
    }
}
