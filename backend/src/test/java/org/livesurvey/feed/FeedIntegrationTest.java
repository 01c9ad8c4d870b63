package org.livesurvey.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.RunningApplicationTest;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchSort;
import org.livesurvey.search.SearchUnavailableException;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;

/** The Atom feeds of the small fixture taxonomy, on the real engines, read back with the JDK's XML parser. */
class FeedIntegrationTest extends RunningApplicationTest {

    private static final int FIXTURE_PAPERS = 3;

    @Autowired
    PaperSearchService search;

    @Autowired
    PaperFeedService feeds;

    @BeforeEach
    void everyPaperIsSearchable() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (indexed() < FIXTURE_PAPERS) {
            assertThat(Instant.now()).as("indexing the fixture papers").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void aCategoryFeedHasTheNodesSubtreeNewestFirst() {
        HttpResponse<String> response = get("/categories/efficiency/feed.atom", "application/atom+xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=600, public");
        Element feed = AtomXml.parse(response.body()).getDocumentElement();
        assertThat(AtomXml.child(feed, "id")).isEqualTo(uri("/categories/efficiency/feed.atom").toString());
        assertThat(AtomXml.child(feed, "title")).isEqualTo("LiveSurvey: Efficiency");
        assertThat(AtomXml.child(feed, "subtitle")).isEqualTo("Making post-trained models cheaper to run.");

        List<Element> entries = AtomXml.elements(feed, "entry");
        assertThat(entries).extracting(entry -> AtomXml.child(entry, "id"))
                .containsExactly(uri("/papers/2504.17040").toString(), uri("/papers/2504.14870").toString());
        Element dymu = entries.get(0);
        assertThat(AtomXml.child(dymu, "title"))
                .isEqualTo("DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs");
        assertThat(AtomXml.child(dymu, "published")).isEqualTo("2025-04-23T00:00:00Z");
        assertThat(Instant.parse(AtomXml.child(dymu, "updated"))).isAfter(Instant.parse("2025-04-23T00:00:00Z"));
        assertThat(AtomXml.elements(dymu, "name")).extracting(Element::getTextContent)
                .startsWith("Zhenhailong Wang", "Senthil Purushwalkam");
        assertThat(AtomXml.elements(dymu, "category")).extracting(category -> category.getAttribute("term"))
                .containsExactly("efficiency/token-compression");
        assertThat(AtomXml.elements(dymu, "link")).extracting(link -> link.getAttribute("rel") + " "
                + link.getAttribute("href")).contains("alternate " + uri("/papers/2504.17040"),
                "related https://arxiv.org/abs/2504.17040");
        assertThat(AtomXml.child(entries.get(1), "published")).isEqualTo("2025-04-01T00:00:00Z");
    }

    /** A search index may still hold a paper a sync has just removed; the feed then leaves it out. */
    @Test
    void aListFeedKeepsTheOrderItIsGivenAndLeavesOutPapersTheDatabaseNoLongerHas() {
        AtomFeed feed = feeds.listFeed("t", "https://example.org/feed.atom", "https://example.org/search",
                "https://example.org", List.of("2504.14870", "2101.00000", "2504.17040", "2504.14870"));

        assertThat(feed.entries()).extracting(AtomFeed.Entry::id).containsExactly(
                "https://example.org/papers/2504.14870", "https://example.org/papers/2504.17040");
    }

    @Test
    void aDeepNodeHasAFeedToo() {
        HttpResponse<String> response = get("/categories/efficiency/reasoning-economy/long2short-rl/feed.atom", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = AtomXml.parse(response.body()).getDocumentElement();
        assertThat(AtomXml.child(feed, "title")).isEqualTo("LiveSurvey: Long-to-short RL");
        assertThat(AtomXml.elements(feed, "entry")).extracting(entry -> AtomXml.child(entry, "id"))
                .containsExactly(uri("/papers/2504.14870").toString());
    }

    @Test
    void markupInCuratedTextStaysText() {
        HttpResponse<String> response = get("/categories/alignment/feed.atom", "application/atom+xml");

        assertThat(response.body()).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>");
        Element entry = AtomXml.elements(AtomXml.parse(response.body()).getDocumentElement(), "entry").get(0);
        assertThat(AtomXml.child(entry, "title")).isEqualTo("Escaping <script>alert('title')</script> & friends");
        assertThat(AtomXml.child(entry, "summary")).contains("<img src=x onerror=alert(1)> markup & an ampersand");
        assertThat(AtomXml.elements(entry, "name")).extracting(Element::getTextContent)
                .containsExactly("Ada <b>Bold</b> Lovelace");
    }

    @Test
    void anUnknownCategoryIsA404WithALineOfText() {
        HttpResponse<String> response = get("/categories/efficiency/no-such-node/feed.atom", "application/atom+xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body()).isEqualTo("No category has the path 'efficiency/no-such-node'.\n");
    }

    @Test
    void theCategoryPageItselfIsStillServed() {
        HttpResponse<String> response = get("/categories/efficiency/reasoning-economy", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Reasoning economy");
    }

    @Test
    void aSearchFeedHasWhatTheSearchFindsNewestFirst() {
        HttpResponse<String> response = get("/search/feed.atom?filter=category:efficiency", "application/atom+xml");

        assertThat(response.statusCode()).isEqualTo(200);
        Element feed = AtomXml.parse(response.body()).getDocumentElement();
        assertThat(AtomXml.child(feed, "title")).isEqualTo("LiveSurvey search: [category:efficiency]");
        assertThat(AtomXml.child(feed, "id")).isEqualTo(uri("/search/feed.atom?filter=category:efficiency").toString());
        assertThat(AtomXml.elements(feed, "entry")).extracting(entry -> AtomXml.child(entry, "id"))
                .containsExactly(uri("/papers/2504.17040").toString(), uri("/papers/2504.14870").toString());
    }

    @Test
    void aSearchFeedTakesTheTextToo() {
        HttpResponse<String> response = get("/search/feed.atom?q=tool+calls", "application/atom+xml");

        Element feed = AtomXml.parse(response.body()).getDocumentElement();
        assertThat(AtomXml.elements(feed, "entry")).extracting(entry -> AtomXml.child(entry, "id"))
                .containsExactly(uri("/papers/2504.14870").toString());
        assertThat(AtomXml.elements(feed, "link")).filteredOn(link -> link.getAttribute("rel").equals("alternate"))
                .first().satisfies(link -> assertThat(link.getAttribute("href"))
                        .isEqualTo(uri("/search?q=tool+calls&sort=newest").toString()));
    }

    @Test
    void aSearchFeedWithABadFilterIsA400ThatSaysWhy() {
        HttpResponse<String> response = get("/search/feed.atom?filter=yaer:2025", "application/atom+xml");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(response.body()).contains("Unknown filter field 'yaer'; did you mean 'year'?");
    }

    private long indexed() {
        try {
            return search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(), SearchSort.NEWEST, 1, 1,
                    null)).total();
        } catch (SearchUnavailableException notYet) {
            return -1;
        }
    }
}
