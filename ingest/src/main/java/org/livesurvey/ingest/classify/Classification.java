package org.livesurvey.ingest.classify;

import java.util.List;

/**
 * What the classifier says about one paper.
 *
 * @param relevant      whether the paper is in the survey's field at all ({@code relevance} reaches the threshold)
 * @param relevance     0..1
 * @param categories    most likely first; a paper can sit in several branches
 * @param topFeatures   the words and phrases that weighed most for the first category, e.g. {@code "overthinking"}
 * @param nearestPapers filed papers most similar to this one
 */
public record Classification(boolean relevant, double relevance, List<CategorySuggestion> categories,
                             List<String> topFeatures, List<NearPaper> nearestPapers) {

    public Classification {
        categories = List.copyOf(categories);
        topFeatures = List.copyOf(topFeatures);
        nearestPapers = List.copyOf(nearestPapers);
    }
}
