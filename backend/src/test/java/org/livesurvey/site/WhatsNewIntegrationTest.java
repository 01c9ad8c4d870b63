package org.livesurvey.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.livesurvey.RunningApplicationTest;
import org.livesurvey.feed.AtomXml;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What's new on the real PostgreSQL: the application syncs a copy of the small fixture taxonomy at start-up (three
 * papers added); the test then edits the copy as a contributor would (DyMU gets a new title and a second category, a
 * paper is added, OTC is removed, the paper with markup in its title gets a new id and title) and syncs it again
 * through the admin API. The API, the feed and the page must show each change with what changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"livesurvey.admin-token=" + WhatsNewIntegrationTest.ADMIN_TOKEN,
                "livesurvey.rate-limit.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsNewIntegrationTest {

    static final String ADMIN_TOKEN = "whats-new-test-token";
    private static final String DYMU = "2504.17040";
    private static final String OTC = "2504.14870";
    private static final String NEW_PAPER = "2506.00001";
    private static final String RENAMED = "escaping-markup-in-titles";
    private static final String DYMU_TITLE = "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs";
    private static final String DYMU_NEW_TITLE = "DyMU: Dynamic Merging & Virtual Unmerging for <Efficient> VLMs";

    private static final Path WORK = directory("whats-new-");
    private static final Path TAXONOMY = copyOfTheSmallTaxonomy();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** The second sync's time, as the API reports it. */
    private String secondSync;

    @DynamicPropertySource
    static void ownTaxonomyAndData(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.taxonomy-dir", TAXONOMY::toString);
        registry.add("livesurvey.data-dir", () -> WORK.resolve("data").toString());
    }

    @BeforeAll
    void aContributorChangesTheTaxonomyAndItIsSyncedAgain() throws Exception {
        Path papers = TAXONOMY.resolve("papers");
        Path dymu = papers.resolve(DYMU + ".yaml");
        Files.writeString(dymu, Files.readString(dymu)
                .replace("title: \"" + DYMU_TITLE + "\"", "title: \"" + DYMU_NEW_TITLE + "\"")
                .replace("  - efficiency/token-compression\n", "  - efficiency/token-compression\n"
                        + "  - integration/agents\n"));
        Files.writeString(papers.resolve(NEW_PAPER + ".yaml"), """
                id: "2506.00001"
                title: "Agents that stop early"
                authors: [Ada Lovelace]
                published: "2025-06"
                categories:
                  - integration/agents
                """);
        Files.delete(papers.resolve(OTC + ".yaml"));
        Path escaping = papers.resolve("escaping-in-titles.yaml");
        Files.writeString(papers.resolve(RENAMED + ".yaml"), Files.readString(escaping)
                .replace("id: escaping-in-titles", "id: " + RENAMED + "\nformer_ids: [escaping-in-titles]")
                .replace("& friends", "& friends, again"));
        Files.delete(escaping);

        HttpResponse<String> sync = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/admin/sync"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(sync.body());
        assertThat(List.of(report.get("added").asInt(), report.get("changed").asInt(), report.get("removed").asInt()))
                .as(sync.body()).containsExactly(2, 1, 2);
        secondSync = json("/api/v1/changes").get("results").get(0).get("changed_at").asString();
    }

    @Test
    void theApiListsTheSecondSyncsChangesNewestFirstThenTheFirstSyncsAdditions() throws Exception {
        HttpResponse<String> response = get("/api/v1/changes", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("W/"));
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        JsonNode changes = JSON.readTree(response.body());
        assertThat(changes.get("meta").get("count").asInt()).isEqualTo(7);
        assertThat(changes.get("meta").get("next_cursor").isNull()).isTrue();
        List<String> entries = kindsAndIds(changes);
        assertThat(entries.subList(0, 4)).containsExactly("removed " + OTC, "changed " + DYMU, "renamed " + RENAMED,
                "added " + NEW_PAPER);
        // the first sync added the fixture's three papers; the removal of a renamed paper's old id is not listed
        assertThat(entries.subList(4, 7)).containsExactlyInAnyOrder("added " + DYMU, "added " + OTC,
                "added escaping-in-titles");

        JsonNode removed = changes.get("results").get(0);
        assertThat(removed.get("title").asString()).isEqualTo("OTC: Optimal Tool Calls via Reinforcement Learning");
        assertThat(removed.get("url").isNull()).isTrue();
        assertThat(removed.get("changed_fields")).isEmpty();

        JsonNode changed = changes.get("results").get(1);
        assertThat(changed.get("title").asString()).isEqualTo(DYMU_NEW_TITLE);
        assertThat(changed.get("url").asString()).isEqualTo(uri("/papers/" + DYMU).toString());
        assertThat(changed.get("version").asInt()).isEqualTo(2);
        assertThat(texts(changed.get("changed_fields"))).containsExactly("title", "categories");
        assertThat(changed.get("changes").toString()).isEqualTo(JSON.writeValueAsString(List.of(
                new Change("title", DYMU_TITLE, DYMU_NEW_TITLE),
                new Change("categories", List.of("efficiency/token-compression"),
                        List.of("efficiency/token-compression", "integration/agents")))));

        JsonNode renamed = changes.get("results").get(2);
        assertThat(renamed.get("former_id").asString()).isEqualTo("escaping-in-titles");
        assertThat(texts(renamed.get("changed_fields"))).containsExactly("id", "title", "former_ids");
        assertThat(renamed.get("changes").get(0).toString())
                .isEqualTo("{\"field\":\"id\",\"old\":\"escaping-in-titles\",\"new\":\"" + RENAMED + "\"}");
        assertThat(renamed.get("changes").get(1).get("new").asString())
                .isEqualTo("Escaping <script>alert('title')</script> & friends, again");
    }

    @Test
    void sinceAndUntilCutTheListAtATime() throws Exception {
        assertThat(kindsAndIds(json("/api/v1/changes?since=" + secondSync))).hasSize(4);
        assertThat(kindsAndIds(json("/api/v1/changes?until=" + secondSync))).hasSize(3);
        assertThat(kindsAndIds(json("/api/v1/changes?since=2020-01-01&category=integration")))
                .containsExactly("changed " + DYMU, "added " + NEW_PAPER);
    }

    @Test
    void aSinceInTheFutureListsNothing() throws Exception {
        JsonNode changes = json("/api/v1/changes?since=2999-01-01");

        assertThat(changes.get("results")).isEmpty();
        assertThat(changes.get("meta").get("count").asInt()).isZero();
    }

    @Test
    void aMalformedSinceIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/changes?since=2025-06-01T08:00", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://livesurvey.org/problems/invalid-parameter");
        assertThat(problem.get("parameter").asString()).isEqualTo("since");
        assertThat(problem.get("detail").asString()).startsWith("since must be an ISO-8601 time with an offset");
    }

    @Test
    void pagesWithTheCursorReachEveryChangeOnce() throws Exception {
        List<String> all = kindsAndIds(json("/api/v1/changes"));
        List<String> paged = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String path = "/api/v1/changes?limit=2";
        while (path != null) {
            JsonNode page = json(path);
            assertThat(page.get("meta").get("count").asInt()).isEqualTo(7);
            pageSizes.add(page.get("results").size());
            paged.addAll(kindsAndIds(page));
            JsonNode next = page.get("meta").get("next_cursor");
            path = next.isNull() ? null : "/api/v1/changes?limit=2&cursor=" + next.asString();
        }

        assertThat(pageSizes).containsExactly(2, 2, 2, 1);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void theFeedHasAnEntryPerChange() throws Exception {
        HttpResponse<String> response = get("/changes/feed.atom", "application/atom+xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=600, public");
        Element feed = AtomXml.parse(response.body()).getDocumentElement();
        List<Element> entries = AtomXml.elements(feed, "entry");
        assertThat(entries).hasSize(7);
        assertThat(entries.subList(0, 4)).extracting(entry -> AtomXml.child(entry, "title")).containsExactly(
                "Removed: OTC: Optimal Tool Calls via Reinforcement Learning", "Changed: " + DYMU_NEW_TITLE,
                "Renamed: Escaping <script>alert('title')</script> & friends, again",
                "Added: Agents that stop early");
        assertThat(AtomXml.child(entries.get(1), "summary")).contains("title: " + DYMU_TITLE + " → " + DYMU_NEW_TITLE,
                "categories: efficiency/token-compression → efficiency/token-compression, integration/agents");
        assertThat(AtomXml.child(feed, "updated")).isEqualTo(AtomXml.child(entries.get(0), "updated"));

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/changes/feed.atom"))
                .header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theFeedTakesSinceAndACategory() throws Exception {
        Element future = AtomXml.parse(get("/changes/feed.atom?since=2999-01-01", "*/*").body()).getDocumentElement();
        assertThat(AtomXml.elements(future, "entry")).isEmpty();

        Element agents = AtomXml.parse(get("/changes/feed.atom?category=integration/agents", "*/*").body())
                .getDocumentElement();
        assertThat(AtomXml.elements(agents, "entry")).extracting(entry -> AtomXml.child(entry, "title"))
                .containsExactly("Changed: " + DYMU_NEW_TITLE, "Added: Agents that stop early");

        HttpResponse<String> malformed = get("/changes/feed.atom?since=tomorrow", "application/atom+xml");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("since must be an ISO-8601 time");
    }

    @Test
    void thePageShowsTheChangesByDayWithWhatChangedAndIsValidHtml() throws Exception {
        HttpResponse<String> response = get("/changes", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page)
                .contains("<strong id=\"change-count\">7</strong>")
                .contains("href=\"/papers/" + DYMU + "\">DyMU: Dynamic Merging &amp; Virtual Unmerging for "
                        + "&lt;Efficient&gt; VLMs</a>")
                .contains("<del>" + DYMU_TITLE + "</del>")
                .contains("<ins>efficiency/token-compression, integration/agents</ins>")
                .contains("<span class=\"paper-list__title\">OTC: Optimal Tool Calls via Reinforcement Learning</span>")
                .contains("formerly <code>escaping-in-titles</code>")
                .doesNotContain("<script>alert");
        assertThat(get("/", "text/html").body())
                .contains("<a id=\"new-this-week\" href=\"/changes\">New this week (7)</a>");

        Path file = Files.writeString(Files.createDirectories(Path.of("target", "html-validation"))
                .resolve("changes-after-a-resync.html"), page);
        assertThat(NuHtmlChecker.check(List.of(file))).filteredOn(NuHtmlChecker.Message::isError).isEmpty();
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> kindsAndIds(JsonNode changes) {
        List<String> entries = new ArrayList<>();
        changes.get("results").forEach(change -> entries.add(change.get("kind").asString() + " "
                + change.get("paper_id").asString()));
        return entries;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asString()));
        return texts;
    }

    /** The test edits its own copy; the fixture stays as it is for the other tests. */
    private static Path copyOfTheSmallTaxonomy() {
        Path from = Path.of(RunningApplicationTest.SMALL_TAXONOMY);
        Path to = WORK.resolve("taxonomy");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Under target/, so that {@code mvn clean} removes it. */
    private static Path directory(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), prefix)
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field change as the API writes it. */
    private record Change(String field, Object old, @JsonProperty("new") Object now) {
    }
}
