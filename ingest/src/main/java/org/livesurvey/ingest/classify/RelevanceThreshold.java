package org.livesurvey.ingest.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where "relevant" starts, chosen on held-out training data only: the labelled listed papers are split in
 * {@value #FOLDS}, each scored by a model trained without it, and the threshold is the score that gives the best F1
 * of "in scope" among them (borderline counted as not in scope). Scores of papers seen in training are optimistic,
 * hence the split.
 */
final class RelevanceThreshold {

    private static final int FOLDS = 5;
    private static final double FALLBACK = 0.5;

    private RelevanceThreshold() {
    }

    static double of(List<FeatureVector> filed, List<RelevanceModel.Listed> listed) {
        record Scored(double score, boolean in) {
        }
        List<Scored> heldOut = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<RelevanceModel.Listed> train = new ArrayList<>();
            List<RelevanceModel.Listed> test = new ArrayList<>();
            for (int i = 0; i < listed.size(); i++) {
                (i % FOLDS == fold && listed.get(i).label() != null ? test : train).add(listed.get(i));
            }
            LinearModel model = RelevanceModel.fit(filed, train);
            test.forEach(l -> heldOut.add(new Scored(model.probabilities(l.features())
                    .getOrDefault(RelevanceModel.IN, 0.0), l.label() == RelevanceLabel.IN)));
        }
        long positives = heldOut.stream().filter(Scored::in).count();
        if (positives == 0) {
            return FALLBACK;
        }
        heldOut.sort(Comparator.comparingDouble(Scored::score).reversed());
        double best = -1;
        double threshold = FALLBACK;
        int truePositives = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            if (heldOut.get(i).in()) {
                truePositives++;
            }
            double f1 = 2.0 * truePositives / (i + 1 + positives);
            if (f1 > best) {
                best = f1;
                threshold = heldOut.get(i).score();
            }
        }
        return threshold;
    }
}
