package org.livesurvey.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a search can be filtered and faceted by. The {@link #key()} is the name API clients use in
 * {@code filter=} and {@code facets=}; every field is a {@code keyword} in the index.
 */
public enum SearchField {
    CATEGORY("category"),
    YEAR("year"),
    VENUE("venue"),
    CONTRIBUTION("contribution"),
    MODALITY("modality"),
    TRAINING("training"),
    TAG("tag"),
    HAS_CODE("has_code"),
    REPRODUCTION("reproduction"),
    AUTHOR("author");

    private final String key;

    SearchField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SearchField> fromKey(String key) {
        String wanted = key == null ? "" : key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst();
    }
}
