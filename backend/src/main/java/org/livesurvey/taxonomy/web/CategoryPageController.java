package org.livesurvey.taxonomy.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.PaperSummary;
import org.livesurvey.paper.PaperTimeline;
import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.web.PageText;
import org.livesurvey.web.PublicUrls;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A category node's page, {@code /categories/efficiency/reasoning-economy}: its sections, its papers newest first, a
 * chart of its papers per quarter and its Atom feed.
 */
@Controller
class CategoryPageController {

    static final int PAGE_SIZE = 50;
    static final int CHART_QUARTERS = 24;

    private final CategoryTreeService categories;
    private final PaperService papers;
    private final PaperTimeline timeline;
    private final PublicUrls urls;

    CategoryPageController(CategoryTreeService categories, PaperService papers, PaperTimeline timeline,
                           LiveSurveyProperties properties) {
        this.categories = categories;
        this.papers = papers;
        this.timeline = timeline;
        this.urls = new PublicUrls(properties);
    }

    /** The path is everything after {@code /categories/}, slashes included. */
    @GetMapping("/categories/{*path}")
    String category(@PathVariable String path,
                    @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
        String nodePath = path.startsWith("/") ? path.substring(1) : path;
        List<CategoryNode> trail = categories.tree().trailTo(nodePath);
        CategoryNode category = trail.get(trail.size() - 1);
        Page<PaperSummary> papersInNode = papers.inCategory(nodePath, page - 1, PAGE_SIZE);
        model.addAttribute("trail", trail);
        model.addAttribute("category", category);
        model.addAttribute("papers", papersInNode);
        model.addAttribute("description", PageText.summary(category.description(), PageText.DESCRIPTION_LENGTH));
        model.addAttribute("chart", TimelineChart.of(timeline.inCategory(nodePath, CHART_QUARTERS),
                Map.of(nodePath, category.name()), "bar"));
        if (page > 1) {
            // each page of a long list is a page of its own to search engines
            model.addAttribute("canonicalUrl", urls.of("/categories/" + nodePath + "?page=" + page));
        }
        return "category";
    }
}
