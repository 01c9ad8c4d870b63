package org.livesurvey.ingest.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.taxonomy.JsonPointers;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/** Ids must be unique among siblings, or two nodes would share one path. */
final class CategoryTreeCheck implements TaxonomyCheck {

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        List<Problem> problems = new ArrayList<>();
        Located<List<Category>> tree = reading.categoryTree();
        if (tree != null) {
            checkSiblings(tree, tree.value(), "/categories", null, problems);
        }
        return problems;
    }

    // the tree was built from the document in order, so node i of a list sits at <list pointer>/i
    private static void checkSiblings(Located<List<Category>> tree, List<Category> siblings, String listPointer,
                                      String parentPath, List<Problem> problems) {
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (int i = 0; i < siblings.size(); i++) {
            Category node = siblings.get(i);
            String nodePointer = JsonPointers.child(listPointer, i);
            String idPointer = JsonPointers.child(nodePointer, "id");
            int line = tree.document().lineOf(idPointer);
            Integer firstLine = firstLineOfId.putIfAbsent(node.id(), line);
            if (firstLine != null) {
                String among = parentPath == null ? "the branches" : "the children of " + parentPath;
                problems.add(tree.problemAt(idPointer, JsonPointers.display(idPointer) + ": duplicate id '"
                        + node.id() + "' among " + among + " (first at line " + firstLine + ")"));
            }
            checkSiblings(tree, node.children(), JsonPointers.child(nodePointer, "children"), node.path(), problems);
        }
    }
}
