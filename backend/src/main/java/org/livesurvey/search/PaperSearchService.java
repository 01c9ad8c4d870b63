package org.livesurvey.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperDetails.CategoryRef;
import org.livesurvey.paper.PaperService;
import org.livesurvey.search.PaperQueryBuilder.PlannedSearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Service;

/**
 * Searches the papers index: full text with filters and multi-select facets, related papers, completions. Requests are
 * built by {@link PaperQueryBuilder}, answers read by {@link SearchResults}, and every engine failure is translated by
 * {@link SearchEngineErrors}.
 */
@Service
public class PaperSearchService {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ElasticsearchClient client;
    private final PaperService papers;

    PaperSearchService(ElasticsearchClient client, PaperService papers) {
        this.client = client;
        this.papers = papers;
    }

    /**
     * @throws InvalidSearchRequestException when the request cannot be searched (bad cursor, page too deep, ...)
     * @throws SearchUnavailableException    when the search engine cannot answer (within about a second)
     */
    public PaperSearchResult search(PaperSearchRequest request) {
        PlannedSearch search = PaperQueryBuilder.search(PaperIndex.READ_ALIAS, request);
        SearchResponse<IndexedPaper> response = SearchEngineErrors.translated("search",
                () -> client.search(search.request(), IndexedPaper.class));
        return SearchResults.page(search, request.facets(), response);
    }

    /**
     * Papers like the given one: more_like_this on title and abstract, or failing shared words, the same category.
     *
     * @param size how many at most, from 1 to 50
     * @throws org.livesurvey.paper.PaperNotFoundException when no paper has that id
     * @throws SearchUnavailableException                  when the search engine cannot answer
     */
    public List<SearchHit> related(String paperId, int size) {
        PaperDetails paper = papers.get(paperId);
        String text = paper.abstractText() == null ? paper.title() : paper.title() + "\n" + paper.abstractText();
        List<String> categories = paper.categories().stream().map(CategoryRef::path).toList();
        int bounded = Math.max(1, Math.min(size, SearchLimits.MAX_RELATED));
        SearchResponse<IndexedPaper> response = SearchEngineErrors.translated("related papers",
                () -> client.search(PaperQueryBuilder.related(PaperIndex.READ_ALIAS, paper.id(), text, categories,
                        bounded), IndexedPaper.class));
        return response.hits().hits().stream().map(SearchResults::hit).toList();
    }

    /**
     * Completions for what a user has typed so far: paper titles and author names, alternately, each once. A prefix
     * with no letter or digit, or longer than anyone types into a search box, has none.
     *
     * @param size how many at most, from 1 to 20
     * @throws SearchUnavailableException when the search engine cannot answer
     */
    public List<Suggestion> suggest(String prefix, int size) {
        if (prefix == null || prefix.length() > SearchLimits.MAX_SUGGEST_PREFIX_LENGTH
                || prefix.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        int bounded = Math.max(1, Math.min(size, SearchLimits.MAX_SUGGESTIONS));
        String typed = WHITESPACE.matcher(prefix.strip()).replaceAll(" ");
        SearchResponse<IndexedPaper> response = SearchEngineErrors.translated("suggest",
                () -> client.search(PaperQueryBuilder.suggest(PaperIndex.READ_ALIAS, typed, bounded),
                        IndexedPaper.class));
        List<Suggestion> titles = response.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .map(paper -> new Suggestion(paper.title(), "title", paper.id()))
                .toList();
        List<Suggestion> authors = SearchResults.termValues(response, PaperQueryBuilder.AUTHOR_SUGGESTIONS).stream()
                .map(name -> new Suggestion(name, "author", null))
                .toList();
        return alternate(titles, authors, bounded);
    }

    /** One of each in turn while both last; the same text (a title that is also a name) only once. */
    private static List<Suggestion> alternate(List<Suggestion> titles, List<Suggestion> authors, int size) {
        Map<String, Suggestion> merged = new LinkedHashMap<>();
        Iterator<Suggestion> t = titles.iterator();
        Iterator<Suggestion> a = authors.iterator();
        while (merged.size() < size && (t.hasNext() || a.hasNext())) {
            if (t.hasNext()) {
                add(merged, t.next());
            }
            if (a.hasNext() && merged.size() < size) {
                add(merged, a.next());
            }
        }
        return List.copyOf(merged.values());
    }

    private static void add(Map<String, Suggestion> merged, Suggestion suggestion) {
        merged.putIfAbsent(suggestion.text().toLowerCase(Locale.ROOT), suggestion);
    }

    /** A completion: {@code kind} is {@code title} (with the paper's id) or {@code author} (id {@code null}). */
    public record Suggestion(String text, String kind, String paperId) {
    }
}
