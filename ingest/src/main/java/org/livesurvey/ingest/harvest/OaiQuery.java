package org.livesurvey.ingest.harvest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An OAI-PMH ListRecords request: the records whose datestamp lies in [from, until] (days, as arXiv's repository
 * counts them), in one metadata format, optionally from one set.
 *
 * @param metadataPrefix {@code arXiv} or {@code arXivRaw}, the formats {@code ArxivOaiReader} reads
 * @param set            e.g. {@code cs}, or {@code null} for every set
 * @param from           the first datestamp, or {@code null} for the repository's beginning
 * @param until          the last datestamp, or {@code null} for today
 */
public record OaiQuery(String metadataPrefix, String set, LocalDate from, LocalDate until) {

    public OaiQuery {
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
        if (metadataPrefix.isBlank()) {
            throw new IllegalArgumentException("the metadata prefix cannot be blank");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until (" + until + ") is before from (" + from + ")");
        }
    }
}
