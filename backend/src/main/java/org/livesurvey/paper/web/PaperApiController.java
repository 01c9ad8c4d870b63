package org.livesurvey.paper.web;

import jakarta.validation.constraints.Pattern;
import org.livesurvey.paper.PaperService;
import org.livesurvey.reproduction.ReproductionService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/papers/{id}}: one paper as JSON, with the latest verdicts on its claims. */
@RestController
@RequestMapping("/api/v1/papers")
class PaperApiController {

    private final PaperService papers;
    private final ReproductionService reproductions;

    PaperApiController(PaperService papers, ReproductionService reproductions) {
        this.papers = papers;
        this.reproductions = reproductions;
    }

    /** Declares JSON so that PaperExportController's citation types on the same path win only when asked for. */
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PaperWithResults paper(@PathVariable @Pattern(regexp = PaperIds.PATTERN, message = PaperIds.RULE) String id) {
        return new PaperWithResults(papers.get(id), reproductions.latestResultsForPaper(id));
    }
}
