package org.livesurvey.ingest.classify;

import java.util.Map;

/** A paper as the models see it: feature name to weight, in name order, unit length (or empty). */
record FeatureVector(Map<String, Double> weights) {

    String[] names() {
        return weights.keySet().toArray(String[]::new);
    }

    double[] values() {
        return weights.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Cosine similarity, as both vectors have unit length. */
    double dot(FeatureVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double sum = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}
