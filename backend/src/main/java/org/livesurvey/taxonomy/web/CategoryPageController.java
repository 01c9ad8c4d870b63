package org.livesurvey.taxonomy.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.PaperSummary;
import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A category node's page, {@code /categories/efficiency/reasoning-economy}: its sections and papers, newest first. */
@Controller
class CategoryPageController {

    static final int PAGE_SIZE = 50;

    private final CategoryTreeService categories;
    private final PaperService papers;

    CategoryPageController(CategoryTreeService categories, PaperService papers) {
        this.categories = categories;
        this.papers = papers;
    }

    /** The path is everything after {@code /categories/}, slashes included. */
    @GetMapping("/categories/{*path}")
    String category(@PathVariable String path,
                    @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
        String nodePath = path.startsWith("/") ? path.substring(1) : path;
        List<CategoryNode> trail = categories.tree().trailTo(nodePath);
        Page<PaperSummary> papersInNode = papers.inCategory(nodePath, page - 1, PAGE_SIZE);
        model.addAttribute("trail", trail);
        model.addAttribute("category", trail.get(trail.size() - 1));
        model.addAttribute("papers", papersInNode);
        return "category";
    }
}
