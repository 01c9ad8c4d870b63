package org.livesurvey.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.harvest.FakeTime;
import org.livesurvey.ingest.harvest.ReplayServer;
import org.livesurvey.ingest.metadata.MetadataFormats;

/** {@code harvest}: arXiv's recorded answers from a local server into a folder that {@code add} reads. */
class HarvestCommandTest {

    private static final String OAI_FIRST_PAGE = "arxiv_oai/ListRecordsResponse_arXivRaw.xml";
    private static final String OAI_LAST_PAGE = "arxiv_oai/sample_arxiv_response_listrecords_cs.xml";
    private static final String API_PAGE = "arxiv_atom/arxivpy_query_testing_s0_m10.xml";
    private static final String API_ERROR = "arxiv_atom/arxivpy_id_abc_error_400.xml";

    @TempDir
    Path temp;

    private final FakeTime time = new FakeTime();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anOaiHarvestWritesEachPageAsFetchedAndARerunGoesOnAfterAFailure() throws IOException {
        Path dir = temp.resolve("harvest");
        try (ReplayServer failing = ReplayServer.start(time); ReplayServer recovered = ReplayServer.start(time)) {
            failing.thenFixture(OAI_FIRST_PAGE).always(500, null);
            recovered.thenFixture(OAI_LAST_PAGE);

            int failed = run("oai", "--from", "2026-02-01", "--set", "cs", "--prefix", "arXivRaw",
                    "--base-url", failing.url("/oai").toString(), "--out", dir.toString());

            assertThat(failed).isEqualTo(1);
            assertThat(text(err)).startsWith("error: " + failing.url("/oai?verb=ListRecords&resumptionToken="))
                    .contains("answered HTTP 500 to 5 attempts").hasLineCount(1);
            assertThat(failing.parameters().get(0)).isEqualTo(Map.of("verb", "ListRecords", "metadataPrefix",
                    "arXivRaw", "from", "2026-02-01", "set", "cs"));
            assertThat(files(dir)).hasSize(2).contains("oai-page-0001.xml")
                    .anySatisfy(name -> assertThat(name).matches("\\.harvest-oai-[0-9a-f]{8}\\.checkpoint"));

            err.reset();
            int resumed = run("oai", "--from", "2026-02-01", "--set", "cs", "--prefix", "arXivRaw",
                    "--base-url", recovered.url("/oai").toString(), "--out", dir.toString());

            assertThat(resumed).as(text(err)).isZero();
            assertThat(recovered.parameters()).containsExactly(Map.of("verb", "ListRecords", "resumptionToken",
                    "726959|1001"));
            assertThat(text(out)).isEqualTo("resumed from the checkpoint, harvested 1 page (46 records) from "
                    + recovered.url("/oai") + " into " + dir + "; complete\n");
        }
        assertThat(files(dir)).containsExactly("oai-page-0001.xml", "oai-page-0002.xml");
        assertThat(dir.resolve("oai-page-0001.xml")).hasBinaryContent(ReplayServer.fixture(OAI_FIRST_PAGE));
        assertThat(dir.resolve("oai-page-0002.xml")).hasBinaryContent(ReplayServer.fixture(OAI_LAST_PAGE));
        assertThat(recordsAddReads(dir.resolve("oai-page-0002.xml"))).isEqualTo(46);
    }

    @Test
    void aRunWithAnotherQueryStartsAfreshBesideAnUnfinishedOne() throws IOException {
        Path dir = temp.resolve("harvest");
        try (ReplayServer server = ReplayServer.start(time)) {
            server.thenFixture(OAI_FIRST_PAGE).thenSlowDown(503, "3600").thenFixture(OAI_LAST_PAGE);
            String url = server.url("/oai").toString();
            assertThat(run("oai", "--from", "2026-02-01", "--base-url", url, "--out", dir.toString())).isEqualTo(1);

            int status = run("oai", "--from", "2026-02-02", "--base-url", url, "--out", dir.toString());

            assertThat(status).as(text(err)).isZero();
            assertThat(server.parameters().get(2)).isEqualTo(Map.of("verb", "ListRecords", "metadataPrefix", "arXiv",
                    "from", "2026-02-02"));
        }
        assertThat(files(dir)).as("the unfinished harvest's checkpoint stays for its own rerun").hasSize(3)
                .contains("oai-page-0001.xml", "oai-page-0002.xml");
    }

    @Test
    void anArxivSearchWritesItsPagesWithTheGivenUserAgent() throws IOException {
        Path dir = temp.resolve("search");
        try (ReplayServer server = ReplayServer.start(time)) {
            server.thenFixture(API_PAGE);

            int status = run("arxiv", "--query", "cat:cs.CL", "--max", "10", "--user-agent",
                    "LiveSurvey-test (mailto:ops@example.org)", "--base-url", server.url("/api/query").toString(),
                    "--out", dir.toString());

            assertThat(status).as(text(err)).isZero();
            assertThat(server.parameters()).containsExactly(Map.of("search_query", "cat:cs.CL", "start", "0",
                    "max_results", "10", "sortBy", "submittedDate", "sortOrder", "descending"));
            assertThat(server.requests().get(0).userAgent()).isEqualTo("LiveSurvey-test (mailto:ops@example.org)");
            assertThat(text(out)).isEqualTo("harvested 1 page (10 records) from " + server.url("/api/query")
                    + " into " + dir + "; complete\n");
        }
        assertThat(files(dir)).containsExactly("arxiv-page-0001.xml");
        assertThat(recordsAddReads(dir.resolve("arxiv-page-0001.xml"))).isEqualTo(10);
    }

    @Test
    void arxivsErrorIsOneLineAndExitStatusOne() {
        Path dir = temp.resolve("refused");
        try (ReplayServer server = ReplayServer.start(time)) {
            server.then(400, ReplayServer.fixture(API_ERROR));

            int status = run("arxiv", "--query", "id:abc", "--base-url", server.url("/api/query").toString(),
                    "--out", dir.toString());

            assertThat(status).isEqualTo(1);
            assertThat(text(err)).startsWith("error: " + server.url("/api/query?search_query=id%3Aabc&start=0"))
                    .contains(": arXiv API answered with an error (400): incorrect id format for abc (HTTP 400);")
                    .hasLineCount(1);
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void aHarvestWithoutWhatItNeedsIsAUsageError() {
        assertThat(run()).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(run("oai", "--out", temp.toString())).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(run("oai", "--from", "2026-02-01")).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(run("oai", "--from", "1 Feb 2026", "--out", temp.toString())).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(run("arxiv", "--max", "ten", "--query", "x", "--out", temp.toString()))
                .isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(text(err)).contains("error: name what to harvest: oai or arxiv", "error: --from is required",
                "error: --out is required", "error: --from takes a date like 2026-02-01, not '1 Feb 2026'",
                "error: --max takes a whole number, not 'ten'", "usage: harvest oai --from DATE");
    }

    private int run(String... args) {
        return new IngestCli(List.of(new HarvestCommand(time.pacer()))).run(Stream.concat(Stream.of("harvest"),
                        Stream.of(args)).toList(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** What {@code add DIR} gets out of a page file: sniffed and read like any metadata file. */
    private static int recordsAddReads(Path file) throws IOException {
        return MetadataFormats.all().read(Files.readAllBytes(file), file.toString()).records().size();
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
