package org.livesurvey.ingest.model;

import java.util.List;

/**
 * A node of the category tree in {@code taxonomy/categories.yaml}.
 *
 * @param path     the ids from the branch down to this node, joined with {@code /}
 * @param keywords words and phrases the classifier looks for
 * @param children in file order
 */
public record Category(String path, String id, String name, String description, List<String> keywords,
                       List<Category> children) {

    public Category {
        keywords = List.copyOf(keywords);
        children = List.copyOf(children);
    }

    public int depth() {
        return path.split("/").length - 1;
    }

    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }
}
