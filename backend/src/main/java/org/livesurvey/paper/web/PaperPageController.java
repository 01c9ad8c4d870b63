package org.livesurvey.paper.web;

import jakarta.validation.constraints.Pattern;
import org.livesurvey.paper.PaperService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page of one paper, {@code /papers/{id}}. Ids with dots such as {@code 2504.17040} are taken whole. */
@Controller
class PaperPageController {

    private final PaperService papers;

    PaperPageController(PaperService papers) {
        this.papers = papers;
    }

    @GetMapping("/papers/{id}")
    String paper(@PathVariable @Pattern(regexp = PaperIds.PATTERN, message = PaperIds.RULE) String id, Model model) {
        model.addAttribute("paper", papers.get(id));
        return "paper";
    }
}
