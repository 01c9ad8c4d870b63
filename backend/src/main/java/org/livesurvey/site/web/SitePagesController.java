package org.livesurvey.site.web;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.web.PublicUrls;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that explain the project rather than show its data: how to contribute, how to use the API. */
@Controller
class SitePagesController {

    private final PublicUrls urls;

    SitePagesController(LiveSurveyProperties properties) {
        this.urls = new PublicUrls(properties);
    }

    @GetMapping("/contribute")
    String contribute() {
        return "contribute";
    }

    /** The examples show this site's own address, so that they can be copied as they are. */
    @GetMapping("/api")
    String api(Model model) {
        model.addAttribute("baseUrl", urls.base());
        return "api";
    }
}
