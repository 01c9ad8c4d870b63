package org.livesurvey.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Reproduction;
import org.livesurvey.ingest.taxonomy.JsonPointers;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * A reproduction is named after its id and must point at an existing paper and at claims that paper makes; a range
 * claim is checked with {@code within}, the only rule that says what a range means.
 */
final class ReproductionReferenceCheck implements TaxonomyCheck {

    private static final String WITHIN = "within";

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        Map<String, Paper> papers = reading.papers().stream().map(Located::value)
                .collect(Collectors.toMap(Paper::id, Function.identity(), (first, later) -> first));
        List<Problem> problems = new ArrayList<>();
        for (Located<Reproduction> reproduction : reading.reproductions()) {
            checkFileName(reproduction, problems);
            String paperId = reproduction.value().paper();
            Paper paper = papers.get(paperId);
            if (paper != null) {
                checkClaims(reproduction, paper, problems);
            } else if (!reading.paperFileIds().contains(paperId)) {
                // a paper file that exists but has problems is reported on its own; only a missing one is reported here
                problems.add(reproduction.problemAt("/paper", "paper: '" + paperId + "' does not exist (no "
                        + TaxonomyReader.PAPERS_DIR + "/" + paperId + ".yaml)"));
            }
        }
        return problems;
    }

    private static void checkFileName(Located<Reproduction> reproduction, List<Problem> problems) {
        String id = reproduction.value().id();
        if (!TaxonomyReader.idOf(reproduction.file()).equals(id)) {
            problems.add(reproduction.problemAt("/id", "id: '" + id + "' differs from the file name "
                    + reproduction.file().getFileName() + " (the file must be named " + id + ".yaml)"));
        }
    }

    private static void checkClaims(Located<Reproduction> reproduction, Paper paper, List<Problem> problems) {
        Map<String, Claim> claims = paper.claims().stream()
                .collect(Collectors.toMap(Claim::id, Function.identity(), (first, later) -> first));
        List<Reproduction.ClaimCheck> checks = reproduction.value().checks();
        for (int i = 0; i < checks.size(); i++) {
            Reproduction.ClaimCheck check = checks.get(i);
            Claim claim = claims.get(check.claim());
            String at = JsonPointers.child("/checks", i);
            if (claim == null) {
                String pointer = JsonPointers.child(at, "claim");
                List<String> claimIds = paper.claims().stream().map(Claim::id).toList();
                String known = claimIds.isEmpty() ? "it has no claims" : "its claims: " + String.join(", ", claimIds);
                problems.add(reproduction.problemAt(pointer, JsonPointers.display(pointer) + ": paper "
                        + paper.id() + " has no claim '" + check.claim() + "' (" + known + ")"));
            } else if (claim.value() == null && !WITHIN.equals(check.rule())) {
                String pointer = JsonPointers.child(at, "rule");
                problems.add(reproduction.problemAt(pointer, JsonPointers.display(pointer) + ": " + check.rule()
                        + " compares with a claim's value, but '" + claim.id() + "' is a range ("
                        + number(claim.min()) + " to " + number(claim.max()) + "): use " + WITHIN));
            }
        }
    }

    private static String number(Double value) {
        return value % 1 == 0 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
