package org.livesurvey.ingest.sync;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.model.Category;

/**
 * One row of the {@code category} table.
 *
 * @param position the node's index among its siblings, in file order
 */
record CategoryRow(String path, String parentPath, String slug, String name, String description,
                   List<String> keywords, int position) {

    CategoryRow {
        keywords = List.copyOf(keywords);
    }

    /** The rows of a whole tree, parents before children. */
    static List<CategoryRow> allOf(List<Category> roots) {
        List<CategoryRow> rows = new ArrayList<>();
        addAll(roots, rows);
        return rows;
    }

    private static void addAll(List<Category> siblings, List<CategoryRow> rows) {
        for (int i = 0; i < siblings.size(); i++) {
            Category node = siblings.get(i);
            rows.add(new CategoryRow(node.path(), node.parentPath(), node.id(), node.name(), node.description(),
                    node.keywords(), i));
            addAll(node.children(), rows);
        }
    }
}
