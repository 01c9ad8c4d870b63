package org.livesurvey.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.taxonomy.JsonPointers;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.NearestMatch;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/** Every category path of a paper must name a node of the tree; a near miss gets a suggestion. */
final class CategoryReferenceCheck implements TaxonomyCheck {

    private static final int MAX_TYPO_EDITS = 3;

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        List<Problem> problems = new ArrayList<>();
        if (reading.categoryTree() == null) {
            // the tree has problems of its own; checking against half a tree would only add noise
            return problems;
        }
        Set<String> paths = reading.taxonomy().categoriesByPath().keySet();
        for (Located<Paper> paper : reading.papers()) {
            List<String> categories = paper.value().categories();
            for (int i = 0; i < categories.size(); i++) {
                String path = categories.get(i);
                if (!paths.contains(path)) {
                    String pointer = JsonPointers.child("/categories", i);
                    problems.add(paper.problemAt(pointer, JsonPointers.display(pointer) + ": unknown category '"
                            + path + "'" + suggestion(path, paths)));
                }
            }
        }
        return problems;
    }

    private static String suggestion(String path, Set<String> paths) {
        return nearest(path, paths).map(known -> ", did you mean '" + known + "'?").orElse("");
    }

    /** A node with the same id elsewhere (a level left out or added), else a path a few typos away. */
    private static Optional<String> nearest(String path, Set<String> paths) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        List<String> sameId = paths.stream().filter(known -> known.equals(id) || known.endsWith("/" + id)).toList();
        if (sameId.size() == 1) {
            return Optional.of(sameId.get(0));
        }
        return NearestMatch.among(path, paths, MAX_TYPO_EDITS);
    }
}
