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
 * <p>Facets are multi-select: the filters of a field that is also counted go to {@code post_filter}, so that each
 * facet's counts can ignore its own selection while the hits honour every filter. A facet whose field is filtered is
 * counted under the filters of the other fields; all the facets whose fields are not filtered are counted together
 * under the whole {@code post_filter}, one filter for them all rather than one each, since every aggregation pays for
 * its filter on every matching paper. Filters of fields that are not counted go into the main query.
 *
 * <p>Searches and completions ask for the engine's shard request cache, which by default keeps only answers without
 * hits: a repeated search (a popular query, a category's first page, the next keystroke's completions) then skips
 * matching and counting, and only fetches and highlights its page. The engine drops the cached answers whenever a
 * refresh makes a change visible, so they are never stale.
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
    static final String UNFILTERED_FACETS = "unfiltered_facets";
    static final String AUTHOR_SUGGESTIONS = "authors";

    private static final String ID = "id";
    private static final String PUBLISHED_ON = "published_on";
    private static final String SUGGEST_TITLE = "suggest_title";
    private static final String SUGGEST_AUTHOR = "suggest_author";
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
                .requestCache(true)
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
            search.highlight(highlight(request.text()));
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

    /**
     * Completions of what someone is typing, compared in lower case without accents: as hits, the papers whose title
     * (or its part after a colon) starts with the prefix, newest first; as the terms of {@value #AUTHOR_SUGGESTIONS},
     * the author names that start with it, those with most papers first.
     *
     * @param prefix stripped, with single spaces between words as titles and names have them
     */
    static SearchRequest suggest(String index, String prefix, int size) {
        Query titles = Query.of(q -> q.prefix(p -> p.field(SUGGEST_TITLE).value(prefix)));
        Query authors = Query.of(q -> q.prefix(p -> p.field(SUGGEST_AUTHOR).value(prefix)));
        return new SearchRequest.Builder()
                .index(index)
                // the names are counted among the papers of either kind; the hits are those of the titles alone
                .query(q -> q.bool(bool -> bool.should(titles, authors)))
                .postFilter(titles)
                .sort(sortOptions(SearchSort.NEWEST))
                .size(size)
                .trackTotalHits(total -> total.enabled(false))
                .requestCache(true)
                .source(source -> source.filter(fields -> fields.includes(ID, "title")))
                .aggregations(AUTHOR_SUGGESTIONS, names -> names.terms(terms -> terms
                        .field(SearchField.AUTHOR.key())
                        .include(include -> include.regexp(FoldedPrefixPattern.of(prefix)))
                        .size(size)))
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
        return simpleQuery(text, TEXT_FIELDS, WORDS_THAT_MUST_MATCH);
    }

    /** @param wordsThatMustMatch {@code null}: any one word is enough */
    private static Query simpleQuery(String text, List<String> fields, String wordsThatMustMatch) {
        return Query.of(q -> q.simpleQueryString(sqs -> sqs
                .query(text)
                .fields(fields)
                .defaultOperator(Operator.Or)
                .minimumShouldMatch(wordsThatMustMatch)
                .flags(TEXT_OPERATORS)
                .lenient(true)
                .analyzeWildcard(false)));
    }

    /** The filters of counted fields: applied to the hits after the aggregations have seen the unfiltered set. */
    static Optional<Query> postFilter(PaperSearchRequest request, Set<SearchField> faceted) {
        List<Query> filters = fieldFilters(request, faceted, null);
        return filters.isEmpty() ? Optional.empty() : Optional.of(allOf(filters));
    }

    /**
     * Per counted field, its values among the hits filtered by every other counted field. Where there is nothing to
     * filter by, the terms aggregation stands alone (named by the field's key); the facets of unfiltered fields share
     * one filter aggregation, {@value #UNFILTERED_FACETS}, with the whole post filter; a filtered field's facet has a
     * filter aggregation of its own (named by its key) around its terms ({@value #FACET_VALUES}).
     */
    static Map<String, Aggregation> facetAggregations(PaperSearchRequest request) {
        Set<SearchField> faceted = Set.copyOf(request.facets());
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        Map<String, Aggregation> unfiltered = new LinkedHashMap<>();
        for (SearchField field : request.facets()) {
            if (!isFiltered(request, field)) {
                unfiltered.put(field.key(), facetValues(field));
                continue;
            }
            List<Query> others = fieldFilters(request, faceted, field);
            aggregations.put(field.key(), others.isEmpty() ? facetValues(field) : Aggregation.of(agg -> agg
                    .filter(allOf(others))
                    .aggregations(FACET_VALUES, facetValues(field))));
        }
        List<Query> all = fieldFilters(request, faceted, null);
        if (all.isEmpty()) {
            aggregations.putAll(unfiltered);
        } else if (!unfiltered.isEmpty()) {
            aggregations.put(UNFILTERED_FACETS, Aggregation.of(agg -> agg.filter(allOf(all)).aggregations(unfiltered)));
        }
        return aggregations;
    }

    private static Aggregation facetValues(SearchField field) {
        return Aggregation.of(values -> values.terms(terms -> terms
                .field(field.key())
                .size(facetSize(field))
                .order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))));
    }

    private static boolean isFiltered(PaperSearchRequest request, SearchField field) {
        return !request.include().getOrDefault(field, List.of()).isEmpty()
                || !request.exclude().getOrDefault(field, List.of()).isEmpty();
    }

    private static Query allOf(List<Query> filters) {
        return Query.of(q -> q.bool(bool -> bool.filter(filters)));
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

    /**
     * Matches in {@code <mark>}; the html encoder escapes everything else, so the fragments are safe to show. Each field
     * is highlighted with the words of the search on that field alone: the whole query (four fields, each word's best
     * field, how many words must match) would be re-run for every field of every hit shown, which cost as much as
     * finding the hits; and every word of the search found in a title or an abstract is worth marking.
     */
    static Highlight highlight(String text) {
        return Highlight.of(h -> h
                .preTags(HIGHLIGHT_START)
                .postTags(HIGHLIGHT_END)
                .encoder(HighlighterEncoder.Html)
                .fields("title", title -> title.numberOfFragments(0).highlightQuery(wordsIn("title", text)))
                .fields("abstract", summary -> summary.fragmentSize(180).numberOfFragments(2)
                        .highlightQuery(wordsIn("abstract", text))));
    }

    /** The search's words and phrases in one field, any of them; same operators as the search itself. */
    private static Query wordsIn(String field, String text) {
        return simpleQuery(text, List.of(field), null);
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
