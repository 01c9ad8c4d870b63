package org.livesurvey.paper.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.livesurvey.paper.PaperCatalog;
import org.livesurvey.reproduction.ReproductionNotFoundException;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.reproduction.RunPage;
import org.livesurvey.results.ReproductionResult;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.results.VerdictCounts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reproductions dashboard, {@code /reproductions}: every reproduction by paper with its latest run and verdicts,
 * and the papers whose claims none checks yet; and {@code /reproductions/{id}}: one reproduction with its runs.
 */
@Controller
class ReproductionsPageController {

    static final int RUNS_PER_PAGE = 20;

    private final ReproductionResults results;
    private final ReproductionService reproductions;
    private final PaperCatalog catalog;

    ReproductionsPageController(ReproductionResults results, ReproductionService reproductions,
                                PaperCatalog catalog) {
        this.results = results;
        this.reproductions = reproductions;
        this.catalog = catalog;
    }

    @GetMapping("/reproductions")
    String reproductions(Model model) {
        List<ReproductionResult> all = results.all();
        List<ReproducedPaper> papers = ReproducedPaper.byPaper(all);
        Set<String> checked = papers.stream().map(ReproducedPaper::id).collect(Collectors.toSet());
        model.addAttribute("papers", papers);
        model.addAttribute("reproductionCount", all.size());
        model.addAttribute("totals", all.stream().map(ReproductionResult::counts)
                .reduce(VerdictCounts.NONE, VerdictCounts::plus));
        model.addAttribute("unchecked", catalog.withClaims().stream()
                .filter(paper -> !checked.contains(paper.id())).toList());
        return "reproductions";
    }

    /** The runs come a page at a time, newest first; each row shows the commit from the run's provenance. */
    @GetMapping("/reproductions/{id}")
    String reproduction(@PathVariable String id,
                        @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
        ReproductionView reproduction = ReproductionView.of(ReproductionResult.of(reproductions.get(id)));
        RunPage runs = reproductions.runs(id, page, RUNS_PER_PAGE);
        model.addAttribute("reproduction", reproduction);
        model.addAttribute("runs", runs.runs().stream()
                .map(run -> RunRow.of(run, reproductions.run(run.id()).provenance())).toList());
        model.addAttribute("runPage", runs);
        model.addAttribute("lastPage", Math.max(1, (runs.total() + RUNS_PER_PAGE - 1) / RUNS_PER_PAGE));
        model.addAttribute("description", "Every run of the reproduction " + id + " of “"
                + reproduction.result().reproduction().paperTitle() + "”: status, date, hardware, commit.");
        return "reproduction";
    }

    /** An unknown reproduction is a dead end like an unknown paper: the friendly not-found page, not an error. */
    @ExceptionHandler
    ModelAndView reproductionNotFound(ReproductionNotFoundException e) {
        HttpStatus status = HttpStatus.NOT_FOUND;
        return new ModelAndView("error/404", Map.of("status", status.value(), "title", status.getReasonPhrase(),
                "message", "We have no reproduction with the id “" + e.reproductionId() + "”."), status);
    }
}
