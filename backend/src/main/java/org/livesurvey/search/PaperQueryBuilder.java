package org.livesurvey.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

/**
 * Builds the engine's requests from our query objects. Pure functions of their arguments (no client, no I/O), so each
 * request can be checked by serialising it to JSON.
 *
 * <p>Facets are multi-select: the filters of a field that is also counted go to {@code post_filter}, and that field's
 * aggregation is wrapped in a filter of all the other fields' filters, so each facet's counts ignore its own
 * selection while the hits honour every filter. Filters of fields that are not counted go into the main query.
 */
final class PaperQueryBuilder {

    /** Title matches count three times; authors and venue find papers by who wrote them and where. */
    static final List<String> TEXT_FIELDS = List.of("title^3", "abstract", "authors", "venue.text");
    /**
     * Up to three words must all match (so "dynamic token merging" finds papers with all three); longer texts may
     * miss a quarter of their words, so one unusual word does not empty the results.
     */
    static final String WORDS_THAT_MUST_MATCH = "3<-25%";
    /** Phrases, prefixes, +, |, - and brackets; no fuzzy or proximity operators, which cost much on a large index. */
    static final List<SimpleQueryStringFlag> TEXT_OPERATORS = List.of(SimpleQueryStringFlag.And,
            SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace,
            SimpleQueryStringFlag.Escape);
    static final String FACET_VALUES = "values";
    static final String TITLE_SUGGESTIONS = "titles";
    static final String AUTHOR_SUGGESTIONS = "authors";

    private static final String ID = "id";
    private static final String PUBLISHED_ON = "published_on";
    private static final String HIGHLIGHT_START = "<mark>";
    private static final String HIGHLIGHT_END = "</mark>";

    private PaperQueryBuilder() {
    }

    /**
     * The search for one page: by page number ({@code from}/{@code size}) or after a cursor ({@code search_after},
     * one hit more than a page to know whether another page follows).
     *
     * @throws InvalidSearchRequestException when the request breaks a {@link SearchLimits} bound or its cursor is bad
     */
    static PlannedSearch search(String index, PaperSearchRequest request) {
        SearchLimits.check(request);
        SearchSort sort = SearchLimits.effectiveSort(request);
        List<FieldValue> after = request.cursor() == null ? null : SearchCursor.decode(request.cursor(), sort);
        Integer from = after == null ? (request.page() - 1) * request.perPage() : null;
        Set<SearchField> faceted = Set.copyOf(request.facets());

        SearchRequest.Builder search = new SearchRequest.Builder()
                .index(index)
                .query(mainQuery(request, faceted))
                .sort(sortOptions(sort))
                .size(after == null ? request.perPage() : request.perPage() + 1)
                .trackTotalHits(total -> total.enabled(true))
                .source(source -> source.filter(fields -> fields.includes(IndexedPaper.SOURCE_FIELDS)));
        if (after == null) {
            search.from(from);
        } else {
            search.searchAfter(after);
        }
        postFilter(request, faceted).ifPresent(search::postFilter);
        if (!faceted.isEmpty()) {
            search.aggregations(facetAggregations(request));
        }
        if (hasText(request.text())) {
            search.highlight(highlight());
        }
        return new PlannedSearch(search.build(), sort, request.perPage(), from);
    }

    /**
     * Papers like the given one: {@code more_like_this} on title and abstract with the paper's own text (so it works
     * before the paper is indexed) and its indexed copy, or failing shared words, the same category; never itself.
     * Few words need to match because most papers have a title only.
     */
    static SearchRequest related(String index, String id, String text, List<String> categories, int size) {
        Query alike = Query.of(q -> q.moreLikeThis(mlt -> mlt
                .fields("title", "abstract")
                .like(Like.of(like -> like.document(doc -> doc.id(id))), Like.of(like -> like.text(text)))
                .minTermFreq(1)
                .minDocFreq(2)
                .maxQueryTerms(25)
                .minimumShouldMatch("10%")));
        return new SearchRequest.Builder()
                .index(index)
                .query(q -> q.bool(bool -> bool
                        .should(alike)
                        .should(terms("category", categories, 0.5f))
                        .minimumShouldMatch("1")
                        .mustNot(not -> not.ids(ids -> ids.values(id)))))
                .size(size)
                .source(source -> source.filter(fields -> fields.includes(IndexedPaper.SOURCE_FIELDS)))
                .build();
    }

    /** Completions of titles and author names; each suggester skips suggestions it already made. */
    static SearchRequest suggest(String index, String prefix, int size) {
        return new SearchRequest.Builder()
                .index(index)
                .size(0)
                .source(source -> source.filter(fields -> fields.includes(ID, "title")))
                .suggest(suggest -> suggest
                        .suggesters(TITLE_SUGGESTIONS, s -> s.prefix(prefix)
                                .completion(c -> c.field("suggest_title").size(size).skipDuplicates(true)))
                        .suggesters(AUTHOR_SUGGESTIONS, s -> s.prefix(prefix)
                                .completion(c -> c.field("suggest_author").size(size).skipDuplicates(true))))
                .build();
    }

    /** Text (when any) and the filters of fields that are not counted; excluded values of such fields too. */
    static Query mainQuery(PaperSearchRequest request, Set<SearchField> faceted) {
        return Query.of(q -> q.bool(bool -> {
            if (hasText(request.text())) {
                bool.must(textQuery(request.text()));
            }
            request.include().forEach((field, values) -> {
                if (!faceted.contains(field)) {
                    bool.filter(terms(field.key(), values, null));
                }
            });
            request.exclude().forEach((field, values) -> {
                if (!faceted.contains(field)) {
                    bool.mustNot(terms(field.key(), values, null));
                }
            });
            return bool;
        }));
    }

    static Query textQuery(String text) {
        return Query.of(q -> q.simpleQueryString(sqs -> sqs
                .query(text)
                .fields(TEXT_FIELDS)
                .defaultOperator(Operator.Or)
                .minimumShouldMatch(WORDS_THAT_MUST_MATCH)
                .flags(TEXT_OPERATORS)
                .lenient(true)
                .analyzeWildcard(false)));
    }

    /** The filters of counted fields: applied to the hits after the aggregations have seen the unfiltered set. */
    static Optional<Query> postFilter(PaperSearchRequest request, Set<SearchField> faceted) {
        List<Query> filters = fieldFilters(request, faceted, null);
        return filters.isEmpty() ? Optional.empty()
                : Optional.of(Query.of(q -> q.bool(bool -> bool.filter(filters))));
    }

    /** Per counted field, its values among the hits filtered by every other counted field. */
    static Map<String, Aggregation> facetAggregations(PaperSearchRequest request) {
        Set<SearchField> faceted = Set.copyOf(request.facets());
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (SearchField field : request.facets()) {
            List<Query> others = fieldFilters(request, faceted, field);
            Query filter = others.isEmpty() ? Query.of(q -> q.matchAll(all -> all))
                    : Query.of(q -> q.bool(bool -> bool.filter(others)));
            aggregations.put(field.key(), Aggregation.of(agg -> agg
                    .filter(filter)
                    .aggregations(FACET_VALUES, values -> values.terms(terms -> terms
                            .field(field.key())
                            .size(facetSize(field))
                            .order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))));
        }
        return aggregations;
    }

    /** The category facet lists the whole tree (it counts every ancestor); other facets their most frequent values. */
    static int facetSize(SearchField field) {
        return field == SearchField.CATEGORY ? 500 : 100;
    }

    /** The filters of the counted fields except {@code leftOut}, one query per field in the order of the enum. */
    private static List<Query> fieldFilters(PaperSearchRequest request, Set<SearchField> faceted, SearchField leftOut) {
        List<Query> filters = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            if (field == leftOut || !faceted.contains(field)) {
                continue;
            }
            List<String> included = request.include().getOrDefault(field, List.of());
            List<String> excluded = request.exclude().getOrDefault(field, List.of());
            if (!included.isEmpty() && excluded.isEmpty()) {
                filters.add(terms(field.key(), included, null));
            } else if (!included.isEmpty() || !excluded.isEmpty()) {
                filters.add(Query.of(q -> q.bool(bool -> {
                    if (!included.isEmpty()) {
                        bool.filter(terms(field.key(), included, null));
                    }
                    return bool.mustNot(terms(field.key(), excluded, null));
                })));
            }
        }
        return filters;
    }

    private static Query terms(String field, List<String> values, Float boost) {
        return Query.of(q -> q.terms(terms -> terms
                .field(field)
                .terms(list -> list.value(values.stream().map(FieldValue::of).toList()))
                .boost(boost)));
    }

    /** Ties are broken by id, so that pages are stable and a cursor points at one place. */
    static List<SortOptions> sortOptions(SearchSort sort) {
        SortOptions byId = SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))), byId);
            case NEWEST -> List.of(byDate(SortOrder.Desc), byId);
            case OLDEST -> List.of(byDate(SortOrder.Asc), byId);
        };
    }

    private static SortOptions byDate(SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(PUBLISHED_ON).order(order).missing("_last")));
    }

    /** Matches in {@code <mark>}; the html encoder escapes everything else, so the fragments are safe to show. */
    static Highlight highlight() {
        return Highlight.of(h -> h
                .preTags(HIGHLIGHT_START)
                .postTags(HIGHLIGHT_END)
                .encoder(HighlighterEncoder.Html)
                .fields("title", title -> title.numberOfFragments(0))
                .fields("abstract", summary -> summary.fragmentSize(180).numberOfFragments(2)));
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * A search ready to run, with what is needed to read its answer.
     *
     * @param from where the page starts when paging by number; {@code null} after a cursor
     */
    record PlannedSearch(SearchRequest request, SearchSort sort, int perPage, Integer from) {
    }
}
