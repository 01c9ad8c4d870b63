package org.livesurvey.ingestion.web;

import org.livesurvey.ingestion.HarvestService;
import org.livesurvey.ingestion.ProposalService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin}: the maintainers' dashboard: the review queue's counts, the latest harvests with their outcome and
 * the last error, when the next one is due, and a button that starts one now.
 */
@Controller
class AdminDashboardController {

    private final HarvestService harvest;
    private final ProposalService proposals;

    AdminDashboardController(HarvestService harvest, ProposalService proposals) {
        this.harvest = harvest;
        this.proposals = proposals;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("harvest", harvest.overview());
        model.addAttribute("counts", proposals.counts());
        return "admin/dashboard";
    }

    @PostMapping("/admin/harvest")
    String harvestNow(RedirectAttributes redirect) {
        redirect.addFlashAttribute("harvestStarted", harvest.harvestNow());
        return "redirect:/admin";
    }
}
