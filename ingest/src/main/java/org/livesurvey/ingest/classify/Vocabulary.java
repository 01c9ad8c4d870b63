package org.livesurvey.ingest.classify;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features seen in at least {@value #MIN_DOCUMENTS} training documents, with their inverse document frequency.
 * A paper becomes a vector of {@code (1 + log tf) * idf} over these, of unit length, so long abstracts do not
 * outweigh short titles and common words weigh little.
 */
final class Vocabulary {

    static final int MIN_DOCUMENTS = 2;

    private final Map<String, Double> idf;

    private Vocabulary(Map<String, Double> idf) {
        this.idf = idf;
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
        return new Vocabulary(idf);
    }

    /** The paper's weighted, unit-length vector, features in name order; empty when it shares no feature. */
    FeatureVector vectorOf(Map<String, Integer> counts) {
        Map<String, Double> weights = new TreeMap<>();
        counts.forEach((feature, tf) -> {
            Double weight = idf.get(feature);
            if (weight != null) {
                weights.put(feature, (1 + Math.log(tf)) * weight);
            }
        });
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            weights.replaceAll((f, w) -> w / norm);
        }
        return new FeatureVector(weights);
    }

    int size() {
        return idf.size();
    }
}
