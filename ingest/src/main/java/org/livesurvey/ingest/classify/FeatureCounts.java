package org.livesurvey.ingest.classify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Raw counts of a paper's features, by name: {@code w:} stems and {@code p:} stem pairs of title and abstract,
 * {@code t:} stems of the title again (a title is the paper's own summary, so its words count twice), and
 * {@code c:} arXiv categories.
 */
final class FeatureCounts {

    private FeatureCounts() {
    }

    static Map<String, Integer> of(ClassifierInput input) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> titleStems = TextTerms.stems(input.title());
        List<String> abstractStems = TextTerms.stems(input.abstractText());
        titleStems.forEach(s -> counts.merge("t:" + s, 1, Integer::sum));
        titleStems.forEach(s -> counts.merge("w:" + s, 1, Integer::sum));
        abstractStems.forEach(s -> counts.merge("w:" + s, 1, Integer::sum));
        // pairs within the title and within the abstract, not across the seam between them
        TextTerms.pairs(titleStems).forEach(p -> counts.merge("p:" + p, 1, Integer::sum));
        TextTerms.pairs(abstractStems).forEach(p -> counts.merge("p:" + p, 1, Integer::sum));
        input.arxivCategories().forEach(c -> counts.merge("c:" + c, 1, Integer::sum));
        return counts;
    }
}
