package org.livesurvey.taxonomy;

import java.util.List;

/**
 * A node of the category tree with the number of papers filed under it or below it.
 *
 * @param path     the ids from the branch down to this node, joined with {@code /}
 * @param children in the order of {@code categories.yaml}
 */
public record CategoryNode(String path, String name, String description, long paperCount,
                           List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }

    /** 0 for a branch, 1 for its sections, and so on. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
