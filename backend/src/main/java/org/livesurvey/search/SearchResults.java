package org.livesurvey.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.search.PaperQueryBuilder.PlannedSearch;
import org.livesurvey.search.PaperSearchResult.FacetCount;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** Reads the engine's answers into our result records; pure, like the request side. */
final class SearchResults {

    private static final List<String> HIGHLIGHTED_FIELDS = List.of("title", "abstract");

    private SearchResults() {
    }

    static PaperSearchResult page(PlannedSearch search, List<SearchField> facets, SearchResponse<IndexedPaper> response) {
        List<Hit<IndexedPaper>> hits = response.hits().hits();
        boolean afterCursor = search.from() == null;
        List<Hit<IndexedPaper>> shown = hits.size() > search.perPage() ? hits.subList(0, search.perPage()) : hits;
        long total = response.hits().total() == null ? shown.size() : response.hits().total().value();
        boolean more = afterCursor ? hits.size() > search.perPage() : search.from() + shown.size() < total;
        String nextCursor = more && !shown.isEmpty()
                ? SearchCursor.encode(search.sort(), shown.get(shown.size() - 1).sort())
                : null;
        return new PaperSearchResult(total, shown.stream().map(SearchResults::hit).toList(),
                facetCounts(facets, response.aggregations()), response.took(), nextCursor);
    }

    static SearchHit hit(Hit<IndexedPaper> hit) {
        IndexedPaper paper = hit.source();
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        HIGHLIGHTED_FIELDS.forEach(field -> {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                highlights.put(field, fragments);
            }
        });
        Double score = hit.score() == null || hit.score().isNaN() ? null : hit.score();
        return new SearchHit(paper.id(), paper.title(), paper.authors(), paper.published(), paper.yearNumber(),
                paper.venue(), paper.categories(), highlights, score);
    }

    /** The values of a terms aggregation at the top of the answer, most frequent first. */
    static List<String> termValues(SearchResponse<IndexedPaper> response, String aggregation) {
        return response.aggregations().get(aggregation).sterms().buckets().array().stream()
                .map(bucket -> bucket.key().stringValue())
                .toList();
    }

    private static Map<SearchField, List<FacetCount>> facetCounts(List<SearchField> facets,
                                                                   Map<String, Aggregate> aggregations) {
        Map<SearchField, List<FacetCount>> counts = new LinkedHashMap<>();
        for (SearchField field : facets) {
            List<FacetCount> values = new ArrayList<>();
            facetTerms(field, aggregations).sterms().buckets().array()
                    .forEach(bucket -> values.add(new FacetCount(bucket.key().stringValue(), bucket.docCount())));
            counts.put(field, List.copyOf(values));
        }
        return counts;
    }

    /** A facet's terms, wherever {@link PaperQueryBuilder#facetAggregations} put them. */
    private static Aggregate facetTerms(SearchField field, Map<String, Aggregate> aggregations) {
        Aggregate own = aggregations.get(field.key());
        if (own == null) {
            return aggregations.get(PaperQueryBuilder.UNFILTERED_FACETS).filter().aggregations().get(field.key());
        }
        return own.isFilter() ? own.filter().aggregations().get(PaperQueryBuilder.FACET_VALUES) : own;
    }
}
