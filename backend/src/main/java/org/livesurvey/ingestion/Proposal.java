package org.livesurvey.ingestion;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A paper a harvest proposes for the survey, with what the classifier says and, once decided, the decision.
 *
 * @param published          as the source gives it: {@code 2025}, {@code 2025-06} or {@code 2025-06-02}
 * @param source             the harvest that found it, credited in the paper file when accepted
 * @param relevance          the classifier's confidence that the paper belongs in the survey, 0..1
 * @param suggestedCategories most likely first
 * @param topFeatures        the words and phrases that weighed most for the first suggestion
 * @param nearestPapers      filed papers most like it
 * @param possibleDuplicate  a filed paper it may be, for the maintainer to check; {@code null} when none
 * @param acceptedCategories the paths it was filed under, once accepted
 * @param paperId            the paper it became, once accepted
 * @param lastError          why the last try to accept it failed (it stayed pending); {@code null} otherwise
 */
public record Proposal(long id, ProposalStatus status, String title, List<String> authors, String abstractText,
                       String arxivId, String doi, String published, String source, double relevance,
                       List<SuggestedCategory> suggestedCategories, List<String> topFeatures,
                       List<SimilarPaper> nearestPapers, PossibleDuplicate possibleDuplicate,
                       List<String> acceptedCategories, String paperId, String rejectReason, String decidedBy,
                       OffsetDateTime decidedAt, String lastError, OffsetDateTime createdAt) {

    public Proposal {
        authors = List.copyOf(authors);
        suggestedCategories = List.copyOf(suggestedCategories);
        topFeatures = List.copyOf(topFeatures);
        nearestPapers = List.copyOf(nearestPapers);
        acceptedCategories = List.copyOf(acceptedCategories);
    }

    /** The arXiv abstract page, or {@code null} for a paper without an arXiv id. */
    public String arxivUrl() {
        return arxivId == null ? null : "https://arxiv.org/abs/" + arxivId;
    }

    /** @param confidence the classifier's probability that the paper belongs there, 0..1 */
    public record SuggestedCategory(String path, double confidence) {
    }

    /** A filed paper whose text is close to the proposal's. */
    public record SimilarPaper(String id, String title, double similarity) {
    }

    /**
     * @param similarity the titles' similarity, 0..1
     * @param reason     why it was not taken for the same paper, e.g. {@code title similarity 0.84, but arXiv … differ}
     */
    public record PossibleDuplicate(String paperId, String title, double similarity, String reason) {
    }
}
