package org.livesurvey.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.livesurvey.LiveSurveyProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: {@code canonicalUrl}, the public address of the page's path without its query
 * (a controller whose query selects content, such as a page number, sets its own). Error pages have none: they are not
 * a page anyone should link to.
 */
@ControllerAdvice(annotations = Controller.class)
class SiteModelAdvice {

    static final String CANONICAL_URL = "canonicalUrl";

    private final PublicUrls urls;

    SiteModelAdvice(LiveSurveyProperties properties) {
        this.urls = new PublicUrls(properties);
    }

    @ModelAttribute
    void canonicalUrl(HttpServletRequest request, Model model) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute(CANONICAL_URL, urls.of(path));
    }
}
