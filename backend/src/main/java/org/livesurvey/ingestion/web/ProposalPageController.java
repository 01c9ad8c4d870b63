package org.livesurvey.ingestion.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.livesurvey.ingestion.AcceptFailedException;
import org.livesurvey.ingestion.InvalidDecisionException;
import org.livesurvey.ingestion.Proposal;
import org.livesurvey.ingestion.ProposalService;
import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/proposals}: the review queue, filtered and paged, with accept and reject on each proposal. Everything
 * works with plain forms (a decision redirects back to the list, which says what happened); with htmx the filters
 * replace the list and a decision replaces its proposal in place.
 */
@Controller
@RequestMapping("/admin/proposals")
class ProposalPageController {

    static final String HTMX_REQUEST = "HX-Request";
    private static final Pattern PATH_SEPARATORS = Pattern.compile("[,\\s]+");

    private final ProposalService proposals;
    private final CategoryTreeService categories;

    ProposalPageController(ProposalService proposals, CategoryTreeService categories) {
        this.proposals = proposals;
        this.categories = categories;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String branch,
                @RequestParam(name = "min_relevance", required = false) String minRelevance,
                @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                @RequestHeader(name = HTMX_REQUEST, required = false) String htmx, Model model) {
        ProposalFilters filters = ProposalFilters.of(status, branch, minRelevance, q, page);
        model.addAttribute("filters", filters);
        model.addAttribute("result", proposals.find(filters.query()));
        model.addAttribute("counts", proposals.counts());
        model.addAttribute("branches", categories.tree().branches().stream().map(CategoryNode::path).toList());
        model.addAttribute("categoryNames", new TreeMap<>(categories.namesByPath()));
        return htmx == null ? "admin/proposals" : "admin/proposals :: list";
    }

    /** @param other further category paths typed by the maintainer, separated by commas or spaces */
    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(name = "category", required = false) List<String> chosen,
                  @RequestParam(required = false) String other, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String branch,
                  @RequestParam(name = "min_relevance", required = false) String minRelevance,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                  @RequestHeader(name = HTMX_REQUEST, required = false) String htmx, Principal maintainer,
                  Model model, RedirectAttributes redirect) {
        List<String> paths = new ArrayList<>(chosen == null ? List.of() : chosen);
        if (other != null && !other.isBlank()) {
            paths.addAll(List.of(PATH_SEPARATORS.split(other.strip())));
        }
        DecisionOutcome outcome;
        try {
            Proposal accepted = proposals.accept(id, paths, maintainer.getName());
            outcome = new DecisionOutcome(false, "Accepted: filed as " + accepted.paperId() + " under "
                    + String.join(", ", accepted.acceptedCategories()) + ".");
        } catch (InvalidDecisionException | AcceptFailedException e) {
            outcome = new DecisionOutcome(true, e.getMessage());
        }
        return decided(id, outcome, ProposalFilters.of(status, branch, minRelevance, q, page), htmx, model, redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String branch,
                  @RequestParam(name = "min_relevance", required = false) String minRelevance,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                  @RequestHeader(name = HTMX_REQUEST, required = false) String htmx, Principal maintainer,
                  Model model, RedirectAttributes redirect) {
        DecisionOutcome outcome;
        try {
            proposals.reject(id, reason, maintainer.getName());
            outcome = new DecisionOutcome(false, "Rejected; it will not be proposed again.");
        } catch (InvalidDecisionException e) {
            outcome = new DecisionOutcome(true, e.getMessage());
        }
        return decided(id, outcome, ProposalFilters.of(status, branch, minRelevance, q, page), htmx, model, redirect);
    }

    /** htmx gets the proposal as it is now with the outcome in it; a plain form goes back to the list it came from. */
    private String decided(long id, DecisionOutcome outcome, ProposalFilters filters, String htmx, Model model,
                           RedirectAttributes redirect) {
        if (htmx != null) {
            model.addAttribute("proposal", proposals.get(id));
            model.addAttribute("outcome", Map.of(id, outcome));
            model.addAttribute("inPlace", true);
            model.addAttribute("filters", filters);
            return "admin/fragments :: proposal";
        }
        redirect.addFlashAttribute("outcome", Map.of(id, outcome));
        return "redirect:" + filters.url() + "#proposal-" + id;
    }
}
