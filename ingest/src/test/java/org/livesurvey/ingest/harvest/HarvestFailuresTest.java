package org.livesurvey.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.livesurvey.ingest.harvest.HarvestOaiPmhTest.FIRST_PAGE;
import static org.livesurvey.ingest.harvest.HarvestOaiPmhTest.LAST_PAGE;
import static org.livesurvey.ingest.harvest.HarvestOaiPmhTest.TOKEN;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.metadata.MetadataBatch;

/**
 * What a harvest does when the service is slow, failing, silent or sends what is no answer: each ends in a kind of
 * {@link HarvestException} with the checkpoint as it was, or, for "slow down", in a polite retry.
 */
class HarvestFailuresTest {

    private static final OaiQuery QUERY = new OaiQuery("arXiv", "cs", LocalDate.parse("2026-02-01"), null);
    private static final Duration INTERVAL = Duration.ofSeconds(3);

    @TempDir
    Path temp;

    private final FakeTime time = new FakeTime();
    private final ReplayServer server = ReplayServer.start(time);

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void a503WithRetryAfterInSecondsIsWaitedOutAndTheHarvestGoesOn() throws HarvestException {
        server.thenSlowDown(503, "7").thenFixture(LAST_PAGE);

        HarvestOutcome outcome = harvester(5, Duration.ofSeconds(10)).harvest(QUERY, checkpoint(), page -> { });

        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.pages()).isEqualTo(1);
        assertThat(server.requests()).hasSize(2);
        assertThat(server.parameters().get(1)).isEqualTo(server.parameters().get(0));
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(Duration.between(server.requests().get(0).at(), server.requests().get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void a429WithRetryAfterAsAnHttpDateIsWaitedOut() throws HarvestException {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                time.instant().plusSeconds(120).atOffset(ZoneOffset.UTC));
        server.thenSlowDown(429, inTwoMinutes).thenFixture(LAST_PAGE);

        harvester(5, Duration.ofSeconds(10)).harvest(QUERY, checkpoint(), page -> { });

        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void a500ForeverIsAServerErrorAfterTheLastAttemptWithTheCheckpointUntouched() {
        server.always(500, null);
        FileCheckpoint checkpoint = checkpoint();
        checkpoint.save(TOKEN);

        HarvestException failure = harvestFailing(harvester(3, Duration.ofSeconds(10)), checkpoint);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.SERVER_ERROR);
        assertThat(failure.getMessage()).isEqualTo(server.url("/oai?verb=ListRecords&resumptionToken=726959%7C1001")
                + " answered HTTP 500 to 3 attempts; the service is failing: rerun later: the harvest resumes from"
                + " its checkpoint");
        assertThat(server.requests()).hasSize(3);
        assertThat(time.sleeps()).as("backoff doubles from the polite interval")
                .containsExactly(INTERVAL, INTERVAL.multipliedBy(2));
        assertThat(checkpoint.load()).contains(TOKEN);
    }

    @Test
    void a503ForeverIsRateLimitedWithTheLastRetryAfter() {
        server.always(503, "30");

        HarvestException failure = harvestFailing(harvester(2, Duration.ofSeconds(10)), checkpoint());

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(failure.getMessage()).contains("still asks to slow down (HTTP 503, Retry-After 30 s) after 2"
                + " attempts");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRetryAfterBeyondWhatAHarvestWaitsEndsItAtOnce() {
        server.always(503, "3600");

        HarvestException failure = harvestFailing(harvester(5, Duration.ofSeconds(10)), checkpoint());

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofHours(1));
        assertThat(server.requests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aServerThatNeverAnswersTimesOutWithinTheRequestTimeout() {
        server.thenHangBeforeAnswering();

        assertTimesOut();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aServerThatStopsHalfwayThroughAPageTimesOutToo() {
        server.thenHangMidAnswer(FIRST_PAGE);

        assertTimesOut();
    }

    @Test
    void aServiceNobodyListensToIsUnreachable() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/oai");
        }
        HarvestSettings settings = settings(1, Duration.ofSeconds(10)).withBaseUrl(closed);

        HarvestException failure = harvestFailing(new OaiPmhHarvester(settings, time.pacer()), checkpoint());

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.UNREACHABLE);
        assertThat(failure.getMessage()).startsWith("cannot reach " + closed + "?verb=ListRecords")
                .contains("ConnectException").endsWith("check the network and the base URL, then rerun later: the"
                        + " harvest resumes from its checkpoint");
    }

    @Test
    void aTruncatedPageIsMalformedAndLeavesTheCheckpointWhereItWas() {
        byte[] page = ReplayServer.fixture(FIRST_PAGE);
        server.then(200, Arrays.copyOf(page, page.length / 2));
        FileCheckpoint checkpoint = checkpoint();
        checkpoint.save(TOKEN);

        HarvestException failure = harvestFailing(harvester(3, Duration.ofSeconds(10)), checkpoint);

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.MALFORMED);
        assertThat(failure.getMessage()).startsWith(server.url("/oai?") + "verb=ListRecords&resumptionToken=")
                .contains(": not well-formed XML at line ", "(HTTP 200, text/xml; charset=utf-8); nothing of this page"
                        + " was kept");
        assertThat(server.requests()).hasSize(1);
        assertThat(checkpoint.load()).contains(TOKEN);
    }

    @Test
    void anHtmlErrorPageIsMalformed() {
        server.then(200, "text/html", "<html><head><title>Service Unavailable</title></head><body><h1>arXiv is"
                + " down for maintenance</h1></body></html>");

        HarvestException failure = harvestFailing(harvester(3, Duration.ofSeconds(10)), checkpoint());

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.MALFORMED);
        assertThat(failure.getMessage()).contains("expected an <OAI-PMH> answer, found <html>", "(HTTP 200, text/html)");
    }

    @Test
    void aNotFoundPageIsRefusedNamingTheStatus() {
        server.then(404, "text/html", "<html><body>Not Found</body></html>");

        HarvestException failure = harvestFailing(harvester(3, Duration.ofSeconds(10)), checkpoint());

        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.REFUSED);
        assertThat(failure.getMessage()).contains("(HTTP 404); check the query and the base URL");
        assertThat(server.requests()).hasSize(1);
    }

    private void assertTimesOut() {
        Duration timeout = Duration.ofMillis(500);
        long start = System.nanoTime();

        HarvestException failure = harvestFailing(harvester(3, timeout), checkpoint());

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(failure.kind()).isEqualTo(HarvestException.Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("did not answer within 500 ms");
        assertThat(took).isGreaterThanOrEqualTo(timeout).isLessThan(Duration.ofSeconds(20));
        assertThat(server.requests()).as("a silent server is not asked again").hasSize(1);
    }

    private HarvestException harvestFailing(OaiPmhHarvester harvester, HarvestCheckpoint checkpoint) {
        List<MetadataBatch> delivered = new ArrayList<>();
        HarvestException failure = catchThrowableOfType(() -> harvester.harvest(QUERY, checkpoint, delivered::add),
                HarvestException.class);
        assertThat(failure).as("the harvest fails").isNotNull();
        assertThat(delivered).as("nothing is delivered").isEmpty();
        assertThat(failure.getMessage()).as("one line").doesNotContain("\n");
        return failure;
    }

    private OaiPmhHarvester harvester(int attempts, Duration timeout) {
        return new OaiPmhHarvester(settings(attempts, timeout), time.pacer());
    }

    private HarvestSettings settings(int attempts, Duration timeout) {
        return new HarvestSettings(server.url("/oai"), INTERVAL, timeout, attempts, HarvestSettings.DEFAULT_USER_AGENT);
    }

    private FileCheckpoint checkpoint() {
        return new FileCheckpoint(temp.resolve("oai.checkpoint"));
    }
}
