package org.livesurvey.ingest.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Is a paper in the survey's field at all: a logistic regression of in-scope papers (the taxonomy's, and listed
 * papers a reader labelled in scope) against out-of-scope ones (listed papers labelled out) and the unlabelled rest
 * of the listings, which count for little: a third of them are in scope themselves. The filed papers alone teach
 * the survey's core, not its edges (agents, multimodal models, general post-training are in scope but rare in the
 * lists), which is why the labelled listings take part. Borderline papers are left out of training.
 */
final class RelevanceModel {

    /** A listed paper; {@code label} is {@code null} when no reader labelled it. */
    record Listed(FeatureVector features, RelevanceLabel label) {
    }

    static final String IN = "in";
    static final String OUT = "out";
    /** An unlabelled listed paper counts this much as out of scope. */
    private static final float UNLABELLED_WEIGHT = 0.25f;
    private static final float LABELLED_WEIGHT = 2f;
    /**
     * Out-of-scope examples weigh this many times the in-scope ones in total, as in a listing (a quarter in scope): a
     * paper whose words the model has never seen (an astronomy paper) then starts from "out", not from "in".
     */
    private static final float OUT_TO_IN = 3f;

    private final LinearModel model;
    private final double threshold;

    private RelevanceModel(LinearModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    static RelevanceModel train(List<FeatureVector> filed, List<Listed> listed) {
        return new RelevanceModel(fit(filed, listed), RelevanceThreshold.of(filed, listed));
    }

    static LinearModel fit(List<FeatureVector> filed, List<Listed> listed) {
        List<LinearModel.TrainingExample> examples = new ArrayList<>();
        filed.forEach(f -> examples.add(new LinearModel.TrainingExample(f, IN, 1f)));
        for (Listed l : listed) {
            if (l.label() == null) {
                examples.add(new LinearModel.TrainingExample(l.features(), OUT, UNLABELLED_WEIGHT));
            } else if (l.label() != RelevanceLabel.BORDERLINE) {
                examples.add(new LinearModel.TrainingExample(l.features(),
                        l.label() == RelevanceLabel.IN ? IN : OUT, LABELLED_WEIGHT));
            }
        }
        return LinearModel.train(balanced(examples));
    }

    private static List<LinearModel.TrainingExample> balanced(List<LinearModel.TrainingExample> examples) {
        double in = examples.stream().filter(e -> e.label().equals(IN)).mapToDouble(e -> e.weight()).sum();
        double out = examples.stream().filter(e -> e.label().equals(OUT)).mapToDouble(e -> e.weight()).sum();
        float scale = (float) (OUT_TO_IN * in / out);
        return examples.stream().map(e -> e.label().equals(IN) ? e
                : new LinearModel.TrainingExample(e.features(), OUT, e.weight() * scale)).toList();
    }

    double score(FeatureVector features) {
        return model.probabilities(features).getOrDefault(IN, 0.0);
    }

    double threshold() {
        return threshold;
    }
}
