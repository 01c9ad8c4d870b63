package org.livesurvey.ingest.classify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.livesurvey.ingest.importer.CategoryPaths;
import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * k-fold cross-validation of the classifier on the taxonomy: every filed paper and every listed paper is scored by
 * a model trained without its fold (vocabulary, models and relevance threshold alike), so no figure has seen the
 * paper it judges.
 */
public final class ClassifierEvaluation {

    private ClassifierEvaluation() {
    }

    public static EvaluationReport run(Taxonomy taxonomy) {
        List<Category> tree = taxonomy.categoriesByPath().values().stream().toList();
        var report = new EvaluationReport.Builder(tree.stream().filter(c -> c.depth() == 0).map(Category::path)
                .toList());
        CrossValidation.run(tree, taxonomy.papers(), ListedPaper.bundled(), (classifier, papers, listed) -> {
            papers.forEach(p -> judgeFiled(classifier, p, report));
            listed.stream().filter(l -> l.label() != null).forEach(l -> report.listed(l.label(),
                    classifier.relevanceScore(l.input()) >= classifier.relevanceThreshold()));
        });
        return report.build();
    }

    private static void judgeFiled(TaxonomyClassifier classifier, Paper paper, EvaluationReport.Builder report) {
        Set<String> filedBranches = paper.categories().stream().map(CategoryPaths::branchOf)
                .collect(Collectors.toSet());
        String primary = CategoryPaths.branchOf(paper.categories().get(0));
        ClassifierInput asFiled = TaxonomyClassifier.inputOf(paper);
        ClassifierInput titleOnly = new ClassifierInput(paper.title(), null, paper.arxivCategories());
        String predicted = first(classifier.branches(asFiled));
        report.branch(EvaluationReport.Input.AS_FILED, primary, filedBranches, predicted);
        report.branch(EvaluationReport.Input.TITLE_ONLY, primary, filedBranches,
                first(classifier.branches(titleOnly)));
        if (paper.abstractText() != null) {
            report.branch(EvaluationReport.Input.TITLE_AND_ABSTRACT, primary, filedBranches, predicted);
            report.filedRelevance(classifier.relevanceScore(asFiled) >= classifier.relevanceThreshold());
        }
        List<String> secondLevel = paper.categories().stream().map(ClassifierEvaluation::secondLevelOf)
                .filter(s -> s != null).toList();
        String suggested = classifier.classify(asFiled).categories().get(0).path();
        if (!secondLevel.isEmpty()) {
            report.secondLevel(secondLevel.contains(secondLevelOf(suggested)));
        }
        report.exactPath(paper.categories().contains(suggested));
    }

    private static String first(Map<String, Double> probabilities) {
        return probabilities.keySet().iterator().next();
    }

    private static String secondLevelOf(String path) {
        String[] parts = path.split("/");
        return parts.length < 2 ? null : parts[0] + "/" + parts[1];
    }
}
