package org.livesurvey.ingestion;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a proposal stands: waiting for a maintainer, or decided for good. */
public enum ProposalStatus {
    PENDING, ACCEPTED, REJECTED;

    /** The lower-case name of the database, the API and URLs. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProposalStatus> ofKey(String key) {
        return Stream.of(values()).filter(status -> status.key().equals(key)).findFirst();
    }
}
