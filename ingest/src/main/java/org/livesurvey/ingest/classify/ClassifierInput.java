package org.livesurvey.ingest.classify;

import java.util.List;

import org.livesurvey.ingest.metadata.MetadataRecord;

/**
 * What the classifier reads of a paper: never a list's section or label, only what any metadata source gives.
 *
 * @param abstractText    {@code null} when the source has none
 * @param arxivCategories e.g. {@code cs.CL}; empty when unknown
 */
public record ClassifierInput(String title, String abstractText, List<String> arxivCategories) {

    public ClassifierInput {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a paper to classify needs a title");
        }
        arxivCategories = arxivCategories == null ? List.of() : List.copyOf(arxivCategories);
    }

    public static ClassifierInput of(MetadataRecord record) {
        return new ClassifierInput(record.title(), record.abstractText(), record.arxivCategories());
    }
}
