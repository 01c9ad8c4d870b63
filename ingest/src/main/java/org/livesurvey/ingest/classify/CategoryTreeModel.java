package org.livesurvey.ingest.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.importer.CategoryPaths;
import org.livesurvey.ingest.model.Category;

/**
 * Where in the tree a paper belongs, decided top-down: one logistic regression per node chooses among the node's
 * children, or to stop at the node itself (a paper filed at {@code efficiency/reasoning-economy} and not deeper).
 * The root's model chooses the branch. A path's confidence is the product of the choices along it. Going down one
 * node at a time keeps each decision among a handful of well-populated options, where one flat model over seventy
 * paths would see five papers for many of them.
 */
final class CategoryTreeModel {

    /** A paper filed at these paths (or a node's own description, filed at the node). */
    record FiledText(FeatureVector features, List<String> paths) {
    }

    static final String STOP = "(here)";
    private static final int MIN_EXAMPLES = 6;
    /** A branch is suggested beside the first when the model gives it at least this much. */
    private static final double SECOND_BRANCH = 0.25;
    /** The walk goes one node deeper only when that child is more likely than staying and every sibling together. */
    private static final double DESCEND = 0.5;

    private final Map<String, LinearModel> modelsByNode;

    private CategoryTreeModel(Map<String, LinearModel> modelsByNode) {
        this.modelsByNode = modelsByNode;
    }

    static CategoryTreeModel train(List<FiledText> filed, List<Category> tree) {
        Map<String, List<LinearModel.TrainingExample>> examplesByNode = new LinkedHashMap<>();
        examplesByNode.put("", new ArrayList<>());
        tree.forEach(c -> examplesByNode.put(c.path(), new ArrayList<>()));
        for (FiledText text : filed) {
            float weight = 1f / text.paths().size();
            for (String path : text.paths()) {
                if (!examplesByNode.containsKey(path)) {
                    continue;
                }
                String node = "";
                for (String id : path.split("/")) {
                    String child = node.isEmpty() ? id : node + "/" + id;
                    examplesByNode.get(node).add(new LinearModel.TrainingExample(text.features(), child, weight));
                    node = child;
                }
                examplesByNode.get(node).add(new LinearModel.TrainingExample(text.features(), STOP, weight));
            }
        }
        Map<String, LinearModel> models = new HashMap<>();
        examplesByNode.forEach((node, examples) -> {
            long options = examples.stream().map(LinearModel.TrainingExample::label).distinct().count();
            if (options >= 2 && examples.size() >= MIN_EXAMPLES) {
                models.put(node, LinearModel.train(examples));
            }
        });
        return new CategoryTreeModel(models);
    }

    /** Each branch the root model rates likely, walked down to its most specific likely node; best first. */
    List<CategorySuggestion> suggest(FeatureVector features) {
        Map<String, Double> branches = modelsByNode.get("").probabilities(features);
        List<CategorySuggestion> suggestions = new ArrayList<>();
        boolean first = true;
        for (var branch : branches.entrySet()) {
            if (first || branch.getValue() >= SECOND_BRANCH) {
                suggestions.add(descend(branch.getKey(), branch.getValue(), features));
            }
            first = false;
        }
        suggestions.sort(Comparator.comparingDouble(CategorySuggestion::confidence).reversed());
        return suggestions;
    }

    /** The branch probabilities alone, most likely first. */
    Map<String, Double> branches(FeatureVector features) {
        return modelsByNode.get("").probabilities(features);
    }

    /** The features that weighed most for the suggestion's branch. */
    List<String> strongestFeatures(FeatureVector features, String path, int limit) {
        return modelsByNode.get("").strongestFeatures(features, CategoryPaths.branchOf(path), limit);
    }

    private CategorySuggestion descend(String node, double confidence, FeatureVector features) {
        LinearModel model = modelsByNode.get(node);
        if (model == null) {
            return new CategorySuggestion(node, confidence);
        }
        var best = model.probabilities(features).entrySet().iterator().next();
        if (best.getKey().equals(STOP) || best.getValue() < DESCEND) {
            return new CategorySuggestion(node, confidence);
        }
        return descend(best.getKey(), confidence * best.getValue(), features);
    }
}
