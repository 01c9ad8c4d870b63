package org.livesurvey.ingest.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Multinomial logistic regression (Tribuo's linear SGD trainer with AdaGrad, a fixed seed and one thread, so the
 * same examples always give the same model) over feature vectors, with the per-paper explanation Tribuo's global
 * top features do not give: which of this paper's features pushed it towards a label.
 */
final class LinearModel {

    /** One training example; {@code weight} lets a paper filed in two places count half in each. */
    record TrainingExample(FeatureVector features, String label, float weight) {
    }

    /** Held here so the level stays set: java.util.logging keeps its loggers only weakly. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        // Tribuo reports each training at INFO; a classifier trained at every start-up has nothing to report
        TRIBUO_LOG.setLevel(Level.WARNING);
    }

    private static final LabelFactory LABELS = new LabelFactory();
    private static final long SEED = 20_261_208L;
    private static final int EPOCHS = 12;
    /** Tribuo logs the loss every so many examples: never. */
    private static final int NO_PROGRESS_LOG = Integer.MAX_VALUE;

    private final LinearSGDModel model;
    private final DenseMatrix weights;

    private LinearModel(LinearSGDModel model) {
        this.model = model;
        this.weights = model.getWeightsCopy();
    }

    static LinearModel train(List<TrainingExample> examples) {
        var dataset = new MutableDataset<>(new SimpleDataSourceProvenance("livesurvey taxonomy", LABELS), LABELS);
        for (TrainingExample e : examples) {
            var example = new ArrayExample<>(new Label(e.label()), e.features().names(), e.features().values());
            example.setWeight(e.weight());
            dataset.add(example);
        }
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(1.0, 0.1), EPOCHS, NO_PROGRESS_LOG, 1,
                SEED);
        return new LinearModel((LinearSGDModel) trainer.train(dataset));
    }

    /** Every label's probability, most likely first. */
    Map<String, Double> probabilities(FeatureVector features) {
        var prediction = model.predict(exampleOf(features));
        Map<String, Double> probabilities = new LinkedHashMap<>();
        prediction.getOutputScores().values().stream()
                .sorted(Comparator.comparingDouble(Label::getScore).reversed().thenComparing(Label::getLabel))
                .forEach(l -> probabilities.put(l.getLabel(), l.getScore()));
        return probabilities;
    }

    /** The paper's features that raised {@code label}'s score most, strongest first. */
    List<String> strongestFeatures(FeatureVector features, String label, int limit) {
        int row = model.getOutputIDInfo().getID(new Label(label));
        var featureIds = model.getFeatureIDMap();
        List<Map.Entry<String, Double>> contributions = new ArrayList<>();
        features.weights().forEach((name, value) -> {
            var info = featureIds.get(name);
            if (info != null) {
                contributions.add(Map.entry(name, value * weights.get(row, info.getID())));
            }
        });
        return contributions.stream()
                .filter(c -> c.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Example<Label> exampleOf(FeatureVector features) {
        return new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, features.names(), features.values());
    }
}
