package org.livesurvey.taxonomy.web;

import java.util.List;

import org.livesurvey.changes.PaperChangeLog;
import org.livesurvey.paper.PaperCatalog;
import org.livesurvey.paper.PaperService;
import org.livesurvey.paper.PaperTimeline;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTree;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the five branches and their sections with paper counts, the newest papers, how many changes the
 * last week brought (a link to them), the latest verdicts of our reproductions, and a chart of papers per branch per
 * quarter.
 */
@Controller
class HomePageController {

    static final int RECENT_PAPERS = 10;
    static final int HIGHLIGHTS = 3;
    /** Six years: long enough to see the trend, short enough to read each bar. */
    static final int CHART_QUARTERS = 24;

    private final CategoryTreeService categories;
    private final PaperService papers;
    private final PaperCatalog catalog;
    private final PaperTimeline timeline;
    private final ReproductionResults reproductions;
    private final PaperChangeLog changes;

    HomePageController(CategoryTreeService categories, PaperService papers, PaperCatalog catalog,
                       PaperTimeline timeline, ReproductionResults reproductions, PaperChangeLog changes) {
        this.categories = categories;
        this.papers = papers;
        this.catalog = catalog;
        this.timeline = timeline;
        this.reproductions = reproductions;
        this.changes = changes;
    }

    @GetMapping("/")
    String home(Model model) {
        CategoryTree tree = categories.tree();
        List<String> branches = tree.branches().stream().map(CategoryNode::path).toList();
        model.addAttribute("tree", tree);
        model.addAttribute("paperCount", papers.count());
        model.addAttribute("recentPapers", catalog.newest(RECENT_PAPERS));
        model.addAttribute("newThisWeek", changes.countRecent());
        model.addAttribute("highlights", reproductions.latestMeasured(HIGHLIGHTS));
        model.addAttribute("chart", TimelineChart.of(timeline.perBranch(branches, CHART_QUARTERS),
                tree.namesByPath(), "line"));
        return "home";
    }
}
