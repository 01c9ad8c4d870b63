package org.livesurvey.ingest.classify;

import java.util.Map;

/** A paper as the models see it: feature name to weight, in name order, of length 1 at most. */
record FeatureVector(Map<String, Double> weights) {

    String[] names() {
        return weights.keySet().toArray(String[]::new);
    }

    double[] values() {
        return weights.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The dot product: cosine similarity scaled by how much of each paper the vocabulary knows. */
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
