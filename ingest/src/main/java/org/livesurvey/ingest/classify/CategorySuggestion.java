package org.livesurvey.ingest.classify;

/**
 * @param path       a category path of the tree, e.g. {@code efficiency/reasoning-economy}
 * @param confidence the model's probability that the paper belongs there, 0..1
 */
public record CategorySuggestion(String path, double confidence) {
}
