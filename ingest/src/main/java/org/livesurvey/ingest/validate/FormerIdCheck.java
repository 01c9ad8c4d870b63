package org.livesurvey.ingest.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * A former id leads to exactly one paper: it may not be a paper's current id, nor a former id of two papers (old
 * links would have two places to go, and the database keeps one).
 */
final class FormerIdCheck implements TaxonomyCheck {

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        Set<String> currentIds = new HashSet<>();
        reading.papers().forEach(paper -> currentIds.add(paper.value().id()));
        Map<String, Located<Paper>> firstClaim = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Located<Paper> paper : reading.papers()) {
            List<String> former = paper.value().formerIds();
            for (int i = 0; i < former.size(); i++) {
                String id = former.get(i);
                String pointer = "/former_ids/" + i;
                if (currentIds.contains(id)) {
                    problems.add(paper.problemAt(pointer, "former id " + id + " is the id of papers/" + id
                            + ".yaml: a paper's file and another paper's former id cannot share it"));
                    continue;
                }
                Located<Paper> first = firstClaim.putIfAbsent(id, paper);
                if (first != null && first != paper) {
                    problems.add(paper.problemAt(pointer, "former id " + id + " is also a former id of "
                            + SimilarPaperCheck.shownPath(reading.directory(), first.file())));
                }
            }
        }
        return problems;
    }
}
