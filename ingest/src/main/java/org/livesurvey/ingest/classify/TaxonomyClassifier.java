package org.livesurvey.ingest.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * The classifier trained from the taxonomy itself: its filed papers (title, abstract, arXiv categories; never the
 * list a paper came from) and each node's name, description and keywords for where a paper belongs; those papers and
 * the hand-labelled ones of a bundled week of arXiv listings for whether it belongs at all ({@link RelevanceModel}).
 * Training takes under a minute and gives the same model for the same taxonomy, so it is rebuilt where it is needed
 * rather than stored.
 */
public final class TaxonomyClassifier implements PaperClassifier {

    private static final int FEATURES_SHOWN = 6;
    private static final int NEIGHBOURS_SHOWN = 3;

    private final Vocabulary vocabulary;
    private final CategoryTreeModel categories;
    private final RelevanceModel relevance;
    private final List<FiledPaper> filed;

    private record FiledPaper(String id, String title, FeatureVector features) {
    }

    private TaxonomyClassifier(Vocabulary vocabulary, CategoryTreeModel categories, RelevanceModel relevance,
                               List<FiledPaper> filed) {
        this.vocabulary = vocabulary;
        this.categories = categories;
        this.relevance = relevance;
        this.filed = filed;
    }

    public static TaxonomyClassifier train(Taxonomy taxonomy) {
        return train(taxonomy.categoriesByPath().values().stream().toList(), taxonomy.papers(), ListedPaper.bundled());
    }

    static TaxonomyClassifier train(List<Category> tree, List<Paper> papers, List<ListedPaper> listed) {
        Set<String> filedArxivIds = papers.stream().map(p -> p.identifiers().arxiv())
                .filter(a -> a != null).collect(Collectors.toSet());
        List<ListedPaper> unlabelled = listed.stream().filter(l -> !filedArxivIds.contains(l.arxivId())).toList();
        // each text is analysed once: the vocabulary needs all counts before any vector can be weighed
        List<Map<String, Integer>> paperCounts = papers.stream().map(p -> FeatureCounts.of(inputOf(p))).toList();
        List<Map<String, Integer>> nodeCounts = tree.stream().map(c -> FeatureCounts.of(inputOf(c))).toList();
        List<Map<String, Integer>> listedCounts = unlabelled.stream().map(l -> FeatureCounts.of(l.input())).toList();
        List<Map<String, Integer>> documents = new ArrayList<>(paperCounts);
        documents.addAll(nodeCounts);
        documents.addAll(listedCounts);
        Vocabulary vocabulary = Vocabulary.of(documents);

        List<FiledPaper> filed = new ArrayList<>();
        List<CategoryTreeModel.FiledText> texts = new ArrayList<>();
        List<FeatureVector> positives = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            FeatureVector features = vocabulary.vectorOf(paperCounts.get(i));
            filed.add(new FiledPaper(paper.id(), paper.title(), features));
            texts.add(new CategoryTreeModel.FiledText(features, paper.categories()));
            if (paper.abstractText() != null) {
                positives.add(features);
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            texts.add(new CategoryTreeModel.FiledText(vocabulary.vectorOf(nodeCounts.get(i)),
                    List.of(tree.get(i).path())));
        }
        CategoryTreeModel categoryModel = CategoryTreeModel.train(texts, tree);
        List<RelevanceModel.Listed> background = new ArrayList<>();
        for (int i = 0; i < unlabelled.size(); i++) {
            background.add(new RelevanceModel.Listed(vocabulary.vectorOf(listedCounts.get(i)),
                    unlabelled.get(i).label()));
        }
        RelevanceModel relevanceModel = RelevanceModel.train(positives, background);
        return new TaxonomyClassifier(vocabulary, categoryModel, relevanceModel, filed);
    }

    @Override
    public Classification classify(ClassifierInput input) {
        FeatureVector features = vocabulary.vectorOf(FeatureCounts.of(input));
        List<CategorySuggestion> suggestions = categories.suggest(features);
        double score = relevance.score(features);
        return new Classification(score >= relevance.threshold() && FieldOfStudy.admits(input), score, suggestions,
                categories.strongestFeatures(features, suggestions.get(0).path(), FEATURES_SHOWN).stream()
                        .map(TaxonomyClassifier::readable).toList(),
                nearest(features));
    }

    /** The branch probabilities of the root model alone, most likely first (for evaluation). */
    Map<String, Double> branches(ClassifierInput input) {
        return categories.branches(vocabulary.vectorOf(FeatureCounts.of(input)));
    }

    double relevanceScore(ClassifierInput input) {
        return relevance.score(vocabulary.vectorOf(FeatureCounts.of(input)));
    }

    double relevanceThreshold() {
        return relevance.threshold();
    }

    private List<NearPaper> nearest(FeatureVector features) {
        return filed.stream()
                .map(f -> new NearPaper(f.id(), f.title(), Math.round(f.features().dot(features) * 1000) / 1000.0))
                .filter(n -> n.similarity() > 0)
                .sorted(Comparator.comparingDouble(NearPaper::similarity).reversed().thenComparing(NearPaper::id))
                .limit(NEIGHBOURS_SHOWN)
                .toList();
    }

    /** {@code t:reason} is "reason" in the title; {@code p:chain thought} the phrase; {@code c:cs.CL} a category. */
    private static String readable(String feature) {
        String value = feature.substring(2);
        return switch (feature.charAt(0)) {
            case 't' -> value + " (title)";
            case 'c' -> "arXiv " + value;
            default -> value;
        };
    }

    static ClassifierInput inputOf(Paper paper) {
        return new ClassifierInput(paper.title(), paper.abstractText(), paper.arxivCategories());
    }

    private static ClassifierInput inputOf(Category category) {
        String keywords = String.join(". ", category.keywords());
        String text = (category.description() == null ? "" : category.description()) + " " + keywords;
        return new ClassifierInput(category.name(), text, List.of());
    }
}
