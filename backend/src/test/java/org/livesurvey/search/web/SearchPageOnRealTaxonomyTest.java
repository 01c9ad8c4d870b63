package org.livesurvey.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.livesurvey.browser.RealTaxonomyApplicationTest;
import org.springframework.web.util.HtmlUtils;

/**
 * The search page over every curated paper, on the real engines and through the real server (Tomcat decodes the query
 * string, not a mock): the acceptance search, the size budget, every link a results page offers, and odd input.
 */
class SearchPageOnRealTaxonomyTest extends RealTaxonomyApplicationTest {

    private static final int MAX_PAGE_BYTES = 100_000;
    private static final Pattern SEARCH_LINK = Pattern.compile("href=\"(/(?:search|api/v1/search)[^\"]*)\"");

    @Test
    void findsDyMUAmongTheFirstResultsOfTheAcceptanceSearch() {
        HttpResponse<String> page = get("/search?q=dynamic+token+merging&filter=category:efficiency,year:2025");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> papers = Pattern.compile("class=\"hit__title\"><a href=\"(/papers/[^\"]+)\"").matcher(page.body())
                .results().map(match -> match.group(1)).toList();
        assertThat(papers.subList(0, Math.min(3, papers.size()))).contains("/papers/2504.17040");
        assertThat(page.body()).contains("<mark>Dynamic</mark>").contains("Category: Efficiency")
                .contains("Year: 2025");
    }

    /** The page asks for htmx without a version; webjars-locator-lite finds the jar's. */
    @Test
    void servesHtmxFromItsWebJar() {
        HttpResponse<String> script = get("/webjars/htmx.org/dist/htmx.min.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(script.body()).contains("htmx");
    }

    @Test
    void staysUnderTheSizeBudgetWhereItIsLargest() {
        for (String search : List.of("/search", "/search?q=reasoning", "/search?q=a+b+c+d+e+f+g&sort=newest")) {
            HttpResponse<String> page = get(search);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as("bytes of %s", search)
                    .isLessThan(MAX_PAGE_BYTES);
        }
    }

    /** Facets, removals, orders, pages, exports and the feed: a reader can follow every one of them. */
    @Test
    void everyLinkOfAResultsPageWorks() {
        HttpResponse<String> page = get("/search?q=reasoning&filter=category:efficiency,!tag:survey&page=2");
        assertThat(page.statusCode()).isEqualTo(200);

        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = SEARCH_LINK.matcher(page.body());
        while (matcher.find()) {
            links.add(HtmlUtils.htmlUnescape(matcher.group(1)));
        }
        assertThat(links).hasSizeGreaterThan(30)
                .anyMatch(link -> link.contains("format=bibtex"))
                .anyMatch(link -> link.startsWith("/search/feed.atom"))
                .anyMatch(link -> link.contains("page=3"));
        for (String link : links) {
            HttpResponse<String> followed = get(link);
            assertThat(followed.statusCode()).as(link).isEqualTo(200);
            if (link.startsWith("/search?")) {
                assertThat(followed.body()).as(link).contains("id=\"search-status\"").doesNotContain("role=\"alert\"");
            }
        }
    }

    /** Through Tomcat, so that bytes which are not UTF-8 reach the page as a browser or a script might send them. */
    @Test
    void oddQueryStringsGetAPageNeverAServerError() {
        Random random = new Random(17040L);
        List<String> pieces = List.of("q", "filter", "sort", "page", "=", "&", "category:", "year:2025", "|", ",",
                "!", "\"", "\\", "(", "*", "-", "+", "~", "%FF", "%C3%28", "%00", "%E2%80%AE", "%F0%9F%98%80", "%25",
                "%2B", "%26", "%3D", "reasoning", "token", "OR", "AND", "/", "[", "]", "{", "}", "^", "<", ">");
        Map<Integer, Integer> statuses = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            StringBuilder query = new StringBuilder("/search?");
            int length = 1 + random.nextInt(12);
            for (int p = 0; p < length; p++) {
                query.append(encodedOutsideEscapes(pieces.get(random.nextInt(pieces.size()))));
            }
            HttpResponse<String> page = get(query.toString());
            statuses.merge(page.statusCode(), 1, Integer::sum);
            assertThat(page.statusCode()).as(query.toString()).isIn(200, 400);
            assertThat(page.body()).as(query.toString()).contains("id=\"search-status\"");
        }
        assertThat(statuses).containsKeys(200, 400);
    }

    /** Keeps the %XX escapes of the list and escapes what a URI may not carry raw. */
    private static String encodedOutsideEscapes(String piece) {
        if (piece.startsWith("%")) {
            return piece;
        }
        StringBuilder encoded = new StringBuilder();
        for (char c : piece.toCharArray()) {
            boolean safe = Character.isLetterOrDigit(c) || "=&:,!*-+~/()".indexOf(c) >= 0;
            encoded.append(safe ? String.valueOf(c) : String.format("%%%02X", (int) c));
        }
        return encoded.toString();
    }
}
