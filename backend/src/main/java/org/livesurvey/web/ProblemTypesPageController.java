package org.livesurvey.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /problems}: the documentation of every problem type the API reports, generated from {@link ProblemType}. */
@Controller
class ProblemTypesPageController {

    @GetMapping("/problems")
    String problems(Model model) {
        model.addAttribute("problems", List.of(ProblemType.values()));
        model.addAttribute("baseUri", ProblemType.BASE_URI);
        return "problems";
    }
}
