package org.livesurvey.ingestion;

import java.util.Locale;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.TitleNormalizer;

/**
 * What makes two harvested records one proposal: the same arXiv id, DOI or normalised title. The {@code proposal}
 * table has a unique index on each, so whatever status the first one has, the second is never proposed.
 *
 * @param arxivId  without version, or {@code null}
 * @param doi      lower case, or {@code null}
 * @param titleKey the normalised title
 */
record ProposalKeys(String arxivId, String doi, String titleKey) {

    static ProposalKeys of(Paper paper) {
        String doi = paper.identifiers().doi();
        String normalized = TitleNormalizer.normalizeTitle(paper.title());
        return new ProposalKeys(paper.identifiers().arxiv(), doi == null ? null : doi.toLowerCase(Locale.ROOT),
                normalized == null || normalized.isEmpty() ? paper.title().strip().toLowerCase(Locale.ROOT)
                        : normalized);
    }

    boolean sharesAnyWith(ProposalKeys other) {
        return arxivId != null && arxivId.equals(other.arxivId)
                || doi != null && doi.equals(other.doi)
                || titleKey.equals(other.titleKey);
    }
}
