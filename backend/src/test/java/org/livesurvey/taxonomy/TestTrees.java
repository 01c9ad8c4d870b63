package org.livesurvey.taxonomy;

import java.util.List;

/** Category trees as the service hands them to controllers, for the web slice tests. */
public final class TestTrees {

    private TestTrees() {
    }

    public static CategoryTree small() {
        return new CategoryTree(List.of(
                node("fine-tuning", "Fine-tuning", 0),
                node("alignment", "Alignment", 1, node("alignment/preference-optimization", "Preference optimization", 1)),
                node("reasoning", "Reasoning", 1),
                node("efficiency", "Efficiency", 1_234,
                        node("efficiency/token-compression", "Token compression", 2),
                        node("efficiency/reasoning-economy", "Reasoning <economy>", 1,
                                node("efficiency/reasoning-economy/long2short-rl", "Long-to-short RL", 1))),
                node("integration", "Integration & Adaptation", 0)));
    }

    private static CategoryNode node(String path, String name, long papers, CategoryNode... children) {
        return new CategoryNode(path, name, "What " + name + " covers.", papers, List.of(children));
    }
}
