package org.livesurvey.taxonomy.web;

import org.livesurvey.paper.PaperService;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the five branches and their sections with paper counts. */
@Controller
class HomePageController {

    private final CategoryTreeService categories;
    private final PaperService papers;

    HomePageController(CategoryTreeService categories, PaperService papers) {
        this.categories = categories;
        this.papers = papers;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tree", categories.tree());
        model.addAttribute("paperCount", papers.count());
        return "home";
    }
}
