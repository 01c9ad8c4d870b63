package org.livesurvey.ingest.classify;

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
        var titleStems = TextTerms.stems(input.title());
        var textStems = new java.util.ArrayList<>(titleStems);
        textStems.addAll(TextTerms.stems(input.abstractText()));
        titleStems.forEach(s -> counts.merge("t:" + s, 1, Integer::sum));
        textStems.forEach(s -> counts.merge("w:" + s, 1, Integer::sum));
        TextTerms.pairs(titleStems).forEach(p -> counts.merge("p:" + p, 1, Integer::sum));
        TextTerms.pairs(TextTerms.stems(input.abstractText())).forEach(p -> counts.merge("p:" + p, 1, Integer::sum));
        input.arxivCategories().forEach(c -> counts.merge("c:" + c, 1, Integer::sum));
        return counts;
    }
}
