package org.livesurvey.web;

import org.livesurvey.LiveSurveyProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /login}: the maintainers' login form. Spring Security handles what it posts (see
 * {@link AdminSecurityConfig}) and comes back here with {@code ?error} or, after logging out, {@code ?logout}.
 */
@Controller
class LoginPageController {

    private final AdminCredential credential;

    LoginPageController(LiveSurveyProperties properties) {
        this.credential = new AdminCredential(properties.adminToken());
    }

    @GetMapping(AdminSecurityConfig.LOGIN_PAGE)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("enabled", credential.configured());
        model.addAttribute("user", AdminSecurityConfig.MAINTAINER);
        return "admin/login";
    }
}
