package org.livesurvey.ingest.model;

import java.util.Locale;

/** What kind of contribution a paper makes; analysis is a contribution type, not a branch. */
public enum ContributionType {
    METHOD, BENCHMARK, SURVEY, ANALYSIS, DATASET, SYSTEM;

    /** The lower-case name used in taxonomy files and the API. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContributionType fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
