package org.livesurvey.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.source.arxiv.ArxivAtomReader;

/** Searches of arXiv's API against a local server that replays arXiv's recorded feeds. */
class HarvestArxivApiTest {

    /** 10 entries of 214,881 results, start 0. */
    static final String FIRST_PAGE = "arxiv_atom/arxivpy_query_testing_s0_m10.xml";
    static final String ERROR_FEED = "arxiv_atom/arxivpy_id_abc_error_400.xml";

    @TempDir
    Path temp;

    private final FakeTime time = new FakeTime();
    private final ReplayServer server = ReplayServer.start(time);
    private final List<FetchedPage> delivered = new ArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void pagesMoveAlongTheOpensearchTotalsUpToTheQuerysMaximum() throws HarvestException {
        server.thenFixture(FIRST_PAGE).then(200, secondPage());
        FileCheckpoint checkpoint = checkpoint();

        HarvestOutcome outcome = harvester().harvestFetched(new ArxivQuery("cat:cs.CL", 10, 15), checkpoint,
                delivered::add);

        assertThat(server.parameters()).containsExactly(
                Map.of("search_query", "cat:cs.CL", "start", "0", "max_results", "10", "sortBy", "submittedDate",
                        "sortOrder", "descending"),
                Map.of("search_query", "cat:cs.CL", "start", "10", "max_results", "5", "sortBy", "submittedDate",
                        "sortOrder", "descending"));
        assertThat(delivered).extracting(FetchedPage::url).containsExactly(
                server.url("/api/query?search_query=cat%3Acs.CL&start=0&max_results=10&sortBy=submittedDate"
                        + "&sortOrder=descending"),
                server.url("/api/query?search_query=cat%3Acs.CL&start=10&max_results=5&sortBy=submittedDate"
                        + "&sortOrder=descending"));
        assertThat(delivered.get(0).content()).isEqualTo(ReplayServer.fixture(FIRST_PAGE));
        assertThat(delivered.get(0).batch()).isEqualTo(new ArxivAtomReader().read(ReplayServer.fixture(FIRST_PAGE),
                delivered.get(0).url().toString()));
        assertThat(outcome).isEqualTo(new HarvestOutcome(2, 20, true));
        assertThat(checkpoint.load()).isEmpty();
    }

    @Test
    void aSavedStartIsWhereTheHarvestGoesOn() throws HarvestException {
        server.then(200, secondPage());
        FileCheckpoint checkpoint = checkpoint();
        checkpoint.save("10");

        HarvestOutcome outcome = harvester().harvest(new ArxivQuery("cat:cs.CL", 10, 20), checkpoint, page -> { });

        assertThat(server.parameters()).extracting(parameters -> parameters.get("start")).containsExactly("10");
        assertThat(outcome).isEqualTo(new HarvestOutcome(1, 10, true));
        assertThat(checkpoint.load()).isEmpty();
    }

    @Test
    void arxivsErrorFeedIsAClearRefusal() {
        server.then(400, "application/atom+xml", new String(ReplayServer.fixture(ERROR_FEED),
                StandardCharsets.UTF_8));

        HarvestException failure = catchThrowableOfType(() -> harvester().harvest(new ArxivQuery("id:abc", 10, 100),
                checkpoint(), page -> { }), HarvestException.class);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.REFUSED);
        assertThat(failure.getMessage()).isEqualTo(server.url("/api/query?search_query=id%3Aabc&start=0"
                + "&max_results=10&sortBy=submittedDate&sortOrder=descending") + ": arXiv API answered with an error"
                + " (400): incorrect id format for abc (HTTP 400); check the query and the base URL, and if the run"
                + " resumed from a checkpoint, clear the checkpoint to start over");
    }

    @Test
    void anEmptyPageShortOfTheTotalIsTheServiceFailingNotTheEnd() {
        String withoutEntries = new String(ReplayServer.fixture(FIRST_PAGE), StandardCharsets.UTF_8)
                .replaceAll("(?s)<entry>.*</entry>", "");
        server.then(200, "application/atom+xml", withoutEntries);
        FileCheckpoint checkpoint = checkpoint();

        HarvestException failure = catchThrowableOfType(() -> harvester().harvest(new ArxivQuery("testing", 10, 100),
                checkpoint, page -> { }), HarvestException.class);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.SERVER_ERROR);
        assertThat(failure.getMessage()).contains("answered a page without results although it counts 214881");
        assertThat(checkpoint.load()).isEmpty();
    }

    @Test
    void aCheckpointThatHoldsNoStartIsReportedNotGuessedAt() {
        FileCheckpoint checkpoint = checkpoint();
        checkpoint.save("726959|1001");

        HarvestException failure = catchThrowableOfType(() -> harvester().harvest(new ArxivQuery("testing", 10, 100),
                checkpoint, page -> { }), HarvestException.class);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.MALFORMED);
        assertThat(failure.getMessage()).isEqualTo("the checkpoint holds '726959|1001', not a start offset below the"
                + " query's maximum of 100; clear the checkpoint to start over");
        assertThat(server.requests()).isEmpty();
    }

    /** The recorded first page as arXiv would number the second: only its start index differs. */
    private static byte[] secondPage() {
        return new String(ReplayServer.fixture(FIRST_PAGE), StandardCharsets.UTF_8)
                .replace("<opensearch:startIndex>0</opensearch:startIndex>",
                        "<opensearch:startIndex>10</opensearch:startIndex>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private ArxivApiHarvester harvester() {
        return new ArxivApiHarvester(HarvestSettings.arxivApi().withBaseUrl(server.url("/api/query")), time.pacer());
    }

    private FileCheckpoint checkpoint() {
        return new FileCheckpoint(temp.resolve("arxiv.checkpoint"));
    }
}
