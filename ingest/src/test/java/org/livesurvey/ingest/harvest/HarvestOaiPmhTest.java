package org.livesurvey.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.source.arxiv.ArxivOaiReader;

/** OAI-PMH ListRecords against a local server that replays arXiv's recorded answers. */
class HarvestOaiPmhTest {

    static final String FIRST_PAGE = "arxiv_oai/ListRecordsResponse_arXivRaw.xml";
    static final String LAST_PAGE = "arxiv_oai/sample_arxiv_response_listrecords_cs.xml";
    static final String NO_RECORDS = "arxiv_oai/ErrorResponseNoRecordsMatch.xml";
    /** The resumption token of {@link #FIRST_PAGE}. */
    static final String TOKEN = "726959|1001";

    private static final OaiQuery QUERY =
            new OaiQuery("arXivRaw", "cs", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-03"));
    private static final Map<String, String> FIRST_REQUEST = Map.of("verb", "ListRecords",
            "metadataPrefix", "arXivRaw", "from", "2026-02-01", "until", "2026-02-03", "set", "cs");
    private static final Map<String, String> RESUMED_REQUEST = Map.of("verb", "ListRecords",
            "resumptionToken", TOKEN);

    @TempDir
    Path temp;

    private final FakeTime time = new FakeTime();
    private final ReplayServer server = ReplayServer.start(time);
    private final List<MetadataBatch> delivered = new ArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void followsTheResumptionTokenToTheLastPage() throws HarvestException {
        server.thenFixture(FIRST_PAGE).thenFixture(LAST_PAGE);
        FileCheckpoint checkpoint = checkpoint();

        HarvestOutcome outcome = harvester().harvest(QUERY, checkpoint, delivered::add);

        assertThat(server.parameters()).containsExactly(FIRST_REQUEST, RESUMED_REQUEST);
        assertThat(delivered).containsExactly(read(FIRST_PAGE, firstUrl()), read(LAST_PAGE, resumedUrl()));
        assertThat(outcome).isEqualTo(new HarvestOutcome(2, records(delivered), true));
        assertThat(checkpoint.load()).isEmpty();
        assertThat(server.requests()).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/oai");
            assertThat(request.userAgent()).isEqualTo(HarvestSettings.DEFAULT_USER_AGENT).contains("LiveSurvey");
        });
    }

    @Test
    void aRunWhoseSinkFailsOnPageTwoIsResumedWithTheSavedToken() throws HarvestException {
        server.thenFixture(FIRST_PAGE).thenFixture(LAST_PAGE).thenFixture(LAST_PAGE);
        FileCheckpoint checkpoint = checkpoint();
        PageSink failingOnPageTwo = page -> {
            if (!delivered.isEmpty()) {
                throw new IOException("disk full");
            }
            delivered.add(page);
        };

        HarvestException failure = catchThrowableOfType(() -> harvester().harvest(QUERY, checkpoint, failingOnPageTwo),
                HarvestException.class);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.SINK_FAILED);
        assertThat(failure.getMessage()).contains("IOException: disk full", "the page is fetched again");
        assertThat(checkpoint.load()).contains(TOKEN);

        HarvestOutcome resumed = harvester().harvest(QUERY, checkpoint, delivered::add);

        assertThat(server.parameters()).containsExactly(FIRST_REQUEST, RESUMED_REQUEST, RESUMED_REQUEST);
        assertThat(delivered).containsExactly(read(FIRST_PAGE, firstUrl()), read(LAST_PAGE, resumedUrl()));
        assertThat(resumed).isEqualTo(new HarvestOutcome(1, read(LAST_PAGE, resumedUrl()).records().size(), true));
        assertThat(checkpoint.load()).isEmpty();
    }

    @Test
    void noRecordsMatchIsACompleteEmptyHarvest() throws HarvestException {
        server.thenFixture(NO_RECORDS);
        FileCheckpoint checkpoint = checkpoint();
        checkpoint.save(TOKEN);

        HarvestOutcome outcome = harvester().harvest(QUERY, checkpoint, delivered::add);

        assertThat(outcome).isEqualTo(new HarvestOutcome(0, 0, true));
        assertThat(delivered).isEmpty();
        assertThat(checkpoint.load()).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefusedWithTheServicesWordsAndTheWayOut() {
        server.then(200, "text/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
                <request verb="ListRecords">http://export.arxiv.org/oai2</request>
                <error code="badResumptionToken">The value of the resumptionToken argument is invalid or expired.\
                </error>
                </OAI-PMH>
                """);
        FileCheckpoint checkpoint = checkpoint();
        checkpoint.save(TOKEN);

        HarvestException failure = catchThrowableOfType(() -> harvester().harvest(QUERY, checkpoint, delivered::add),
                HarvestException.class);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.REFUSED);
        assertThat(failure.getMessage()).isEqualTo(resumedUrl()
                + ": OAI-PMH answered with an error (badResumptionToken): The value of the resumptionToken argument"
                + " is invalid or expired. (HTTP 200); check the query and the base URL, and if the run resumed from a"
                + " checkpoint, clear the checkpoint to start over");
        assertThat(checkpoint.load()).contains(TOKEN);
    }

    @Test
    void anInterruptedHarvestStopsIncompleteWithItsCheckpoint() throws HarvestException {
        server.thenFixture(FIRST_PAGE).thenFixture(LAST_PAGE);
        FileCheckpoint checkpoint = checkpoint();
        PageSink interruptingSink = page -> {
            delivered.add(page);
            Thread.currentThread().interrupt();
        };

        HarvestOutcome outcome;
        try {
            outcome = harvester().harvest(QUERY, checkpoint, interruptingSink);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        }

        assertThat(outcome).isEqualTo(new HarvestOutcome(1, read(FIRST_PAGE, firstUrl()).records().size(), false));
        assertThat(server.requests()).hasSize(1);
        assertThat(checkpoint.load()).contains(TOKEN);
    }

    private OaiPmhHarvester harvester() {
        HarvestSettings settings = HarvestSettings.arxivOai().withBaseUrl(server.url("/oai"));
        return new OaiPmhHarvester(settings, time.pacer());
    }

    private FileCheckpoint checkpoint() {
        return new FileCheckpoint(temp.resolve("oai.checkpoint"));
    }

    private String firstUrl() {
        return server.url("/oai?verb=ListRecords&metadataPrefix=arXivRaw&from=2026-02-01&until=2026-02-03&set=cs")
                .toString();
    }

    private String resumedUrl() {
        return server.url("/oai?verb=ListRecords&resumptionToken=726959%7C1001").toString();
    }

    /** What the reader makes of a fixture, named by its URL as the harvest names each page. */
    private static MetadataBatch read(String fixture, String url) {
        return new ArxivOaiReader().read(ReplayServer.fixture(fixture), url);
    }

    private static int records(List<MetadataBatch> batches) {
        return batches.stream().mapToInt(batch -> batch.records().size()).sum();
    }
}
