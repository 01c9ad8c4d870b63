package org.livesurvey.ingestion.web;

import java.util.Optional;

import org.livesurvey.ingestion.ProposalQuery;
import org.livesurvey.ingestion.ProposalStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of {@code /admin/proposals} as its URL carries them ({@code status}, {@code branch},
 * {@code min_relevance}, {@code q}, {@code page}), forgiving: a value that does not parse is left out rather than
 * refused, as a maintainer's typo in a filter should not cost them the page.
 *
 * @param status {@code pending} (the default), {@code accepted}, {@code rejected} or {@code all}
 */
public record ProposalFilters(String status, String branch, Double minRelevance, String q, int page) {

    static final String ALL = "all";
    static final int PER_PAGE = 20;
    private static final int MAX_PAGE = 100_000;

    static ProposalFilters of(String status, String branch, String minRelevance, String q, String page) {
        String knownStatus = ALL.equals(status) || ProposalStatus.ofKey(status).isPresent() ? status
                : ProposalStatus.PENDING.key();
        return new ProposalFilters(knownStatus, branch == null || branch.isBlank() ? null : branch.strip(),
                relevance(minRelevance), q == null || q.isBlank() ? null : q.strip(), pageNumber(page));
    }

    ProposalQuery query() {
        return new ProposalQuery(ProposalStatus.ofKey(status).orElse(null), branch, minRelevance, q, page, PER_PAGE);
    }

    /** This list on another page. */
    public String url(int otherPage) {
        return UriComponentsBuilder.fromPath("/admin/proposals")
                .queryParam("status", status)
                .queryParamIfPresent("branch", Optional.ofNullable(branch))
                .queryParamIfPresent("min_relevance", Optional.ofNullable(minRelevance))
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParam("page", otherPage)
                .encode().build().toUriString();
    }

    public String url() {
        return url(page);
    }

    private static Double relevance(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return value >= 0 && value <= 1 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pageNumber(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
