package org.livesurvey.ingestion.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.feed.AtomFeed;
import org.livesurvey.feed.AtomFeedWriter;
import org.livesurvey.feed.web.AtomResponses;
import org.livesurvey.ingestion.Proposal;
import org.livesurvey.ingestion.ProposalPage;
import org.livesurvey.ingestion.ProposalQuery;
import org.livesurvey.ingestion.ProposalService;
import org.livesurvey.web.AdminAccessDeniedException;
import org.livesurvey.web.PublicUrls;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /admin/proposals/feed.atom}: the pending proposals, newest first, for a maintainer's feed reader. The admin
 * credential is checked before this controller runs (a maintainer's session, or the bearer token); the feed is
 * never cached by anyone else.
 */
@Controller
class ProposalFeedController {

    static final int ENTRIES = 50;
    private static final MediaType ATOM = MediaType.parseMediaType(AtomFeedWriter.MEDIA_TYPE + ";charset=UTF-8");

    private final ProposalService proposals;
    private final PublicUrls urls;

    ProposalFeedController(ProposalService proposals, LiveSurveyProperties properties) {
        this.proposals = proposals;
        this.urls = new PublicUrls(properties);
    }

    @GetMapping("/admin/proposals/feed.atom")
    ResponseEntity<String> feed() {
        ProposalPage pending = proposals.find(ProposalQuery.pending(1, ENTRIES));
        String base = urls.base();
        List<AtomFeed.Entry> entries = pending.proposals().stream().map(p -> entry(p, base)).toList();
        Instant updated = pending.proposals().stream().map(p -> p.createdAt().toInstant()).max(Instant::compareTo)
                .orElseGet(Instant::now);
        AtomFeed feed = new AtomFeed(base + "/admin/proposals/feed.atom", "LiveSurvey review queue",
                pending.total() + " proposal(s) waiting for a maintainer", base + "/admin/proposals/feed.atom",
                base + "/admin/proposals", base, updated, entries);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noStore())
                .body(AtomFeedWriter.write(feed));
    }

    /** A feed reader shows a status and a line, not a page. */
    @ExceptionHandler
    ResponseEntity<String> notAllowed(AdminAccessDeniedException e) {
        return AtomResponses.failure(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"livesurvey-admin\"")
                .body("Log in at /login, or send the admin token as 'Authorization: Bearer <token>'.\n");
    }

    private static AtomFeed.Entry entry(Proposal proposal, String base) {
        String page = base + "/admin/proposals#proposal-" + proposal.id();
        List<AtomFeed.Category> categories = proposal.suggestedCategories().stream()
                .map(c -> new AtomFeed.Category(c.path(), c.path(), base + "/categories/"))
                .toList();
        return new AtomFeed.Entry(page, proposal.title(), page, proposal.arxivUrl(), proposal.authors(),
                proposal.createdAt().toInstant(), proposal.createdAt().toInstant(), summary(proposal), categories);
    }

    private static String summary(Proposal proposal) {
        String relevance = String.format(Locale.ROOT, "Relevance %.2f", proposal.relevance());
        String duplicate = proposal.possibleDuplicate() == null ? ""
                : "; possible duplicate of " + proposal.possibleDuplicate().paperId();
        String text = proposal.abstractText() == null ? "" : "\n\n" + proposal.abstractText();
        return relevance + duplicate + "." + text;
    }
}
