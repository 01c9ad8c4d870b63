package org.livesurvey.benchmark.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * The shape of a real taxonomy that a synthetic corpus copies: for each facet field, how often each value (and its
 * absence) occurs among the curated papers. Each field is drawn on its own from its observed distribution (the
 * marginals, not their combinations); a paper's category list is drawn whole, so that papers keep the real mix of
 * one, two or three categories and of primary categories.
 */
public record CorpusProfile(
        Taxonomy taxonomy,
        EmpiricalDistribution<List<String>> categoryLists,
        EmpiricalDistribution<PartialDate> published,
        EmpiricalDistribution<String> venue,
        EmpiricalDistribution<ContributionType> contribution,
        EmpiricalDistribution<List<String>> modality,
        EmpiricalDistribution<String> training,
        EmpiricalDistribution<List<String>> tags,
        EmpiricalDistribution<Boolean> hasCode) {

    /**
     * @throws IllegalArgumentException when the taxonomy has no papers or no category tree to learn from
     */
    public static CorpusProfile of(Taxonomy taxonomy) {
        List<Paper> papers = taxonomy.papers();
        if (papers.isEmpty() || taxonomy.categories().isEmpty()) {
            throw new IllegalArgumentException("the taxonomy has " + papers.size() + " papers and "
                    + taxonomy.categories().size() + " branches; a synthetic corpus needs papers and categories");
        }
        return new CorpusProfile(
                taxonomy,
                observe(papers, Paper::categories),
                observe(papers, Paper::published),
                observe(papers, Paper::venue),
                observe(papers, Paper::contribution),
                observe(papers, Paper::modality),
                observe(papers, Paper::training),
                observe(papers, Paper::tags),
                observe(papers, paper -> paper.links().code() != null));
    }

    /** The values a field takes besides "absent", for queries that filter on it; most frequent ones most often. */
    public static <T> EmpiricalDistribution<T> present(EmpiricalDistribution<T> field) {
        Map<T, Double> weights = new LinkedHashMap<>();
        field.values().stream().filter(Objects::nonNull).forEach(value -> weights.put(value, field.probability(value)));
        return EmpiricalDistribution.weighted(weights);
    }

    /** Elements of a list-valued field, weighted by how often lists with them are drawn. */
    public static <T> EmpiricalDistribution<T> elements(EmpiricalDistribution<List<T>> field) {
        Map<T, Double> weights = new LinkedHashMap<>();
        for (List<T> list : field.values()) {
            double share = field.probability(list);
            list.forEach(element -> weights.merge(element, share, Double::sum));
        }
        return EmpiricalDistribution.weighted(weights);
    }

    private static <T> EmpiricalDistribution<T> observe(List<Paper> papers, Function<Paper, T> field) {
        return EmpiricalDistribution.observed(papers.stream().map(field).toList());
    }
}
