package org.livesurvey.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.RunningApplicationTest;
import org.livesurvey.reproduction.ReproductionService;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.SearchIndexService;
import org.livesurvey.search.SearchSort;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reproduction results on the website and in the search index, on the real PostgreSQL and Elasticsearch: a
 * reproduction of the fixture's DyMU paper gets a run through the reproduction service (an imported result file, as a
 * GPU machine's would arrive), and the paper page, the dashboard, the home page and the search facet show it.
 */
class ReproductionPagesIntegrationTest extends RunningApplicationTest {

    private static final String DYMU = "2504.17040";
    private static final String REPRODUCTION = "dymu-pages-test";
    private static final String SCALE = "a randomly initialised ViT-S/16 on 64 synthetic images, not CLIP ViT-L/14 on photos";
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReproductionService reproductions;

    @Autowired
    PaperSearchService search;

    @Autowired
    SearchIndexService indexing;

    /** As the taxonomy sync would write a spec checking both claims of the fixture's DyMU paper. */
    @BeforeEach
    void aReproductionOfDymu() {
        jdbc.sql("""
                        insert into reproduction (id, paper_id, experiment, hardware, config, schedule, timeout_seconds,
                            content_hash)
                        values (:id, :paper, 'dymu', 'cpu', 'cpu', 'P7D', 600, 'test')""")
                .param("id", REPRODUCTION).param("paper", DYMU).update();
        jdbc.sql("""
                        insert into reproduction_check (reproduction_id, position, claim_id, metric, rule, tolerance)
                        values (:id, 0, 'token-reduction-low', 'visual_token_reduction.low', 'within', 10),
                               (:id, 1, 'token-reduction-range', 'visual_token_reduction.mid', 'within', 0)""")
                .param("id", REPRODUCTION).update();
    }

    /** The shared application goes on without it; a rebuild makes the index forget its status at once. */
    @AfterEach
    void removeIt() {
        jdbc.sql("delete from reproduction where id = :id").param("id", REPRODUCTION).update();
        indexing.reindexAll();
    }

    @Test
    void aRecordedRunShowsOnThePagesAndInTheSearchFacet() throws Exception {
        long run = reproductions.importResult(REPRODUCTION, resultFile(70.5, 60.0), COMMIT, "gpu-box").run().id();

        String paper = get("/papers/" + DYMU, "text/html").body();
        assertThat(paper)
                .contains("Reproduction <a href=\"/reproductions/" + REPRODUCTION + "\">" + REPRODUCTION + "</a>")
                .contains("Measured by <a href=\"/api/v1/runs/" + run + "\">run #" + run + "</a>")
                .contains("on <time datetime=\"2025-06-01T12:01:30Z\">1 June 2025, 12:01 UTC</time>")
                .contains("on <span class=\"device\">AMD EPYC 7B13</span>")
                // 70.5 against 84.5 within 10: 14 off, within twice the tolerance
                .contains("<td class=\"number\" data-label=\"Measured\">70.5 %</td>", "<td class=\"number\" data-label=\"Difference\">−14 points</td>")
                .contains("Partially reproduced</span>")
                .contains("<td class=\"number\" data-label=\"Measured\">60 %</td>", "<td class=\"number\" data-label=\"Difference\">inside the range</td>")
                .contains("<span class=\"scale\">Our scale: " + SCALE + "</span>")
                // measured in June 2025 and re-run weekly: long stale
                .contains("Stale: older than its schedule (every 7 days)")
                .contains("data-run-history=\"{&quot;labels&quot;:[&quot;2025-06-01 12:01&quot;]")
                .doesNotContain("Not checked by a reproduction yet");

        String dashboard = get("/reproductions", "text/html").body();
        assertThat(dashboard)
                .contains("<dd id=\"reproduction-count\">1</dd>")
                .contains("<a href=\"/reproductions/" + REPRODUCTION + "\">" + REPRODUCTION + "</a>")
                .contains("Overall: <span class=\"verdict verdict--partially\">")
                .contains("<span class=\"verdict-count verdict-count--reproduced\">1 reproduced</span>")
                .contains("paper: 84.5 %, ours: 70.5 %");

        String runs = get("/reproductions/" + REPRODUCTION, "text/html").body();
        assertThat(runs)
                .contains("<tr id=\"run-" + run + "\">")
                .contains("<span class=\"muted\">imported</span>")
                .contains("<code title=\"" + COMMIT + "\">0123456789ab</code>")
                .contains("<td class=\"number\">1 min 30 s</td>");

        assertThat(get("/", "text/html").body())
                .contains("href=\"/papers/2504.17040#claims\">DyMU: Dynamic Merging");

        // the run announced itself; the search index rewrites the paper with its new status in the background
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> reproductionFacet().get("partially"), count -> count != null && count == 1);
        assertThat(reproductionFacet()).containsEntry("none", 2L).doesNotContainKey("pending");

        assertValidHtml(Map.of("reproduction-paper", paper, "reproduction-dashboard", dashboard,
                "reproduction-runs", runs));
    }

    @Test
    void beforeItsFirstRunThePaperPageSaysSo() {
        String paper = get("/papers/" + DYMU, "text/html").body();

        assertThat(paper)
                .contains("<strong>Not run yet.</strong>")
                .contains("<span class=\"verdict verdict--none\">Not measured yet</span>")
                .doesNotContain("data-run-history");
        assertThat(get("/reproductions/" + REPRODUCTION, "text/html").body()).contains("It has not run yet.");
    }

    private Map<String, Long> reproductionFacet() {
        Map<String, Long> counts = new LinkedHashMap<>();
        search.search(new PaperSearchRequest(null, Map.of(), Map.of(), List.of(SearchField.REPRODUCTION),
                        SearchSort.RELEVANCE, 1, 10, null))
                .facets().get(SearchField.REPRODUCTION)
                .forEach(facet -> counts.put(facet.value(), facet.count()));
        return counts;
    }

    private static void assertValidHtml(Map<String, String> pages) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(Path.of("target", "html-validation"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            files.add(Files.writeString(directory.resolve(page.getKey() + ".html"), page.getValue()));
        }
        List<NuHtmlChecker.Message> messages = NuHtmlChecker.check(files);
        for (Path file : files) {
            assertThat(messages).filteredOn(message -> message.isAbout(file) && message.isError())
                    .as("HTML errors in " + file).isEmpty();
        }
    }

    /** A DyMU result file in the runner's contract (runner/result.schema.json). */
    private static String resultFile(double reductionLow, double reductionMid) {
        return """
                {
                  "experiment": "dymu",
                  "experiment_version": "1.0.0",
                  "config": "cpu",
                  "seed": 0,
                  "parameters": {"images": 64},
                  "started_at": "2025-06-01T12:00:00Z",
                  "finished_at": "2025-06-01T12:01:30Z",
                  "duration_s": 90.0,
                  "peak_memory_mb": 512.5,
                  "scale": "%s",
                  "metrics": {"visual_token_reduction.low": %s, "visual_token_reduction.mid": %s},
                  "details": {},
                  "environment": {"python": "3.11.2", "torch": "1.13.1", "numpy": "1.24.2", "device": "cpu",
                    "cpu_model": "AMD EPYC 7B13", "cpu_count": 2, "torch_threads": 2, "gpu_model": null,
                    "cuda_version": null, "platform": "Linux-6.1-x86_64-with-glibc2.36"}
                }""".formatted(SCALE, reductionLow, reductionMid);
    }
}
