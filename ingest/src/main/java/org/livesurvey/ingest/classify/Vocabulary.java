package org.livesurvey.ingest.classify;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features seen in at least {@value #MIN_DOCUMENTS} training documents, with their inverse document frequency.
 * A paper becomes a vector of {@code (1 + log tf) * idf} over these, of unit length at most, so long abstracts do not
 * outweigh short titles and common words weigh little.
 */
final class Vocabulary {

    static final int MIN_DOCUMENTS = 2;

    private final Map<String, Double> idf;
    /** What a word no training document had would weigh: as much as the rarest known one. */
    private final double unseenIdf;

    private Vocabulary(Map<String, Double> idf, double unseenIdf) {
        this.idf = idf;
        this.unseenIdf = unseenIdf;
    }

    static Vocabulary of(Collection<Map<String, Integer>> documents) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        documents.forEach(d -> d.keySet().forEach(f -> documentFrequency.merge(f, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        double n = documents.size();
        documentFrequency.forEach((feature, df) -> {
            if (df >= MIN_DOCUMENTS) {
                idf.put(feature, Math.log((1 + n) / (1 + df)) + 1);
            }
        });
        return new Vocabulary(idf, Math.log((1 + n) / 2) + 1);
    }

    /**
     * The paper's weighted vector over the known features, features in name order. Its length is taken over all the
     * paper's features, unknown ones included, so a paper mostly of words the training never saw (an astronomy
     * paper) keeps its few familiar words small instead of being made of them.
     */
    FeatureVector vectorOf(Map<String, Integer> counts) {
        Map<String, Double> weights = new TreeMap<>();
        double squares = 0;
        for (var count : counts.entrySet()) {
            Double known = idf.get(count.getKey());
            double weight = (1 + Math.log(count.getValue())) * (known != null ? known : unseenIdf);
            squares += weight * weight;
            if (known != null) {
                weights.put(count.getKey(), weight);
            }
        }
        double norm = Math.sqrt(squares);
        if (norm > 0) {
            weights.replaceAll((f, w) -> w / norm);
        }
        return new FeatureVector(weights);
    }

    int size() {
        return idf.size();
    }
}
