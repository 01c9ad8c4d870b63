package org.livesurvey.ingest.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.importer.CategoryPaths;
import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * Filed papers whose branch the classifier strongly disputes, for a maintainer to review: judged by models trained
 * without the paper (cross-validated), so a misfiling cannot vouch for itself. "Strongly" means the paper's filed
 * branches together get less than {@value #FILED_AT_MOST} and another branch at least {@value #OTHER_AT_LEAST}.
 */
public final class ClassifierAudit {

    public static final double FILED_AT_MOST = 0.1;
    public static final double OTHER_AT_LEAST = 0.7;

    /** One disputed filing: where the paper is, where the classifier would put it, and why. */
    public record Dispute(String id, String title, List<String> filed, double filedConfidence,
                          Classification suggestion) {
    }

    private ClassifierAudit() {
    }

    /** Most disputed first. */
    public static List<Dispute> run(Taxonomy taxonomy) {
        List<Category> tree = taxonomy.categoriesByPath().values().stream().toList();
        List<Dispute> disputes = new ArrayList<>();
        CrossValidation.run(tree, taxonomy.papers(), ListedPaper.bundled(), (classifier, papers, listed) -> {
            for (var paper : papers) {
                ClassifierInput input = TaxonomyClassifier.inputOf(paper);
                Map<String, Double> branches = classifier.branches(input);
                double filed = paper.categories().stream().map(CategoryPaths::branchOf).distinct()
                        .mapToDouble(b -> branches.getOrDefault(b, 0.0)).sum();
                double best = branches.values().iterator().next();
                if (filed < FILED_AT_MOST && best >= OTHER_AT_LEAST) {
                    disputes.add(new Dispute(paper.id(), paper.title(), paper.categories(), filed,
                            classifier.classify(input)));
                }
            }
        });
        disputes.sort(Comparator.comparingDouble(Dispute::filedConfidence).thenComparing(Dispute::id));
        return disputes;
    }
}
