package org.livesurvey.ingestion;

/**
 * Which proposals to list, a page at a time.
 *
 * @param status       {@code null} for every status
 * @param branch       a top-level category (e.g. {@code efficiency}) one of the suggestions must lie in, or
 *                     {@code null}
 * @param minRelevance the least relevance, or {@code null}
 * @param text         words the title or abstract must contain, or {@code null}
 * @param page         1-based
 */
public record ProposalQuery(ProposalStatus status, String branch, Double minRelevance, String text, int page,
                            int perPage) {

    public ProposalQuery {
        branch = blankToNull(branch);
        text = blankToNull(text);
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("page and perPage start at 1");
        }
    }

    public static ProposalQuery pending(int page, int perPage) {
        return new ProposalQuery(ProposalStatus.PENDING, null, null, null, page, perPage);
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
