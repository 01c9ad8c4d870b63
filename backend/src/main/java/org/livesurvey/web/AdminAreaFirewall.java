package org.livesurvey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security's strict firewall where its filter chains apply, and none elsewhere: Spring Security checks every
 * request before it looks for a chain, and the strict checks would refuse odd but harmless public URLs (an encoded
 * {@code %} or {@code ;} in a search) with a bare 400 instead of the site's own answer. {@link
 * MaintainerPageInterceptor} guards the admin pages should a request ever slip past the chains.
 */
final class AdminAreaFirewall implements HttpFirewall {

    private final HttpFirewall strict = new StrictHttpFirewall();
    private final RequestMatcher securedArea;

    AdminAreaFirewall(RequestMatcher securedArea) {
        this.securedArea = securedArea;
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        if (securedArea.matches(request)) {
            return strict.getFirewalledRequest(request);
        }
        return new FirewalledRequest(request) {
            @Override
            public void reset() {
                // nothing was changed
            }
        };
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return response;
    }
}
