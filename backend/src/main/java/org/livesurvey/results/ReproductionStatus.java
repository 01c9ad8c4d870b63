package org.livesurvey.results;

/**
 * A paper's reproduction status in one word: the values of the search index's {@code reproduction} facet.
 */
public enum ReproductionStatus {

    /** Every claim measured so far was reproduced. */
    REPRODUCED("reproduced"),
    /** Some claims were reproduced, in full or in part, and some were not, or could not be judged. */
    PARTIALLY("partially"),
    /** No measured claim was reproduced, even in part. */
    NOT_REPRODUCED("not-reproduced"),
    /** Every measurement was inconclusive: the runs did not measure what the checks name. */
    INCONCLUSIVE("inconclusive"),
    /** A reproduction checks the paper, but none has a successful run yet. */
    PENDING("pending"),
    /** No reproduction checks the paper. */
    NONE("none");

    private final String key;

    ReproductionStatus(String key) {
        this.key = key;
    }

    /** As the search index holds it and the API filters by it. */
    public String key() {
        return key;
    }
}
