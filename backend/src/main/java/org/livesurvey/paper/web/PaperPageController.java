package org.livesurvey.paper.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperService;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchHit;
import org.livesurvey.search.SearchUnavailableException;
import org.livesurvey.web.PageText;
import org.livesurvey.web.PublicUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one paper, {@code /papers/{id}}: its metadata, BibTeX, claims with what our reproductions measured,
 * and related papers. Ids with dots such as
 * {@code 2504.17040} are taken whole. The page does not depend on the search engine: without it, it shows no related
 * papers and says why.
 */
@Controller
class PaperPageController {

    static final int RELATED_PAPERS = 5;

    private static final Logger log = LoggerFactory.getLogger(PaperPageController.class);

    private final PaperService papers;
    private final CitationExporter exporter;
    private final PaperSearchService search;
    private final ReproductionResults results;
    private final ReproductionService reproductions;
    private final PublicUrls urls;
    private final String editBaseUrl;

    PaperPageController(PaperService papers, CitationExporter exporter, PaperSearchService search,
                        ReproductionResults results, ReproductionService reproductions,
                        LiveSurveyProperties properties) {
        this.papers = papers;
        this.exporter = exporter;
        this.search = search;
        this.results = results;
        this.reproductions = reproductions;
        this.urls = new PublicUrls(properties);
        this.editBaseUrl = properties.site().editBaseUrl().toString();
    }

    @GetMapping("/papers/{id}")
    String paper(@PathVariable @Pattern(regexp = PaperIds.PATTERN, message = PaperIds.RULE) String id, Model model) {
        PaperDetails paper = papers.get(id);
        String bibtex = exporter.export(List.of(paper), ExportFormat.BIBTEX);
        model.addAttribute("paper", paper);
        model.addAttribute("description", PageText.summary(
                paper.abstractText() != null ? paper.abstractText() : paper.title(), PageText.DESCRIPTION_LENGTH));
        model.addAttribute("bibtex", bibtex);
        model.addAttribute("citationMeta", CitationMetaTags.of(paper, bibtex, urls.of("/papers/" + paper.id())));
        model.addAttribute("editUrl", editBaseUrl + paper.id() + ".yaml");
        model.addAttribute("claimResults", PaperReproductions.of(paper, results.ofPaper(paper.id()),
                reproductions::history));
        try {
            model.addAttribute("related", search.related(paper.id(), RELATED_PAPERS));
        } catch (SearchUnavailableException e) {
            log.warn("Paper page {} without related papers: {}", paper.id(), e.getMessage());
            model.addAttribute("related", List.<SearchHit>of());
            model.addAttribute("relatedUnavailable", true);
        }
        return "paper";
    }
}
