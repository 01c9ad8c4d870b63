package org.livesurvey.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livesurvey.ingest.harvest.HarvestOaiPmhTest.FIRST_PAGE;
import static org.livesurvey.ingest.harvest.HarvestOaiPmhTest.LAST_PAGE;
import static org.livesurvey.ingest.harvest.HarvestOaiPmhTest.NO_RECORDS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Politeness in fake time: the spacing of requests and the waits before retries. */
class HarvestPacerTest {

    private static final Duration INTERVAL = Duration.ofSeconds(3);

    @TempDir
    Path temp;

    private final FakeTime time = new FakeTime();
    private final Pacer pacer = time.pacer();

    @Test
    void consecutiveRequestsOfHarvestsSharingAPacerAreSpacedByThePoliteInterval() throws HarvestException {
        try (ReplayServer server = ReplayServer.start(time)) {
            server.thenFixture(FIRST_PAGE).thenFixture(LAST_PAGE).thenFixture(NO_RECORDS);
            OaiPmhHarvester harvester =
                    new OaiPmhHarvester(HarvestSettings.arxivOai().withBaseUrl(server.url("/oai")), pacer);
            OaiQuery query = new OaiQuery("arXiv", null, LocalDate.parse("2026-02-01"), null);

            harvester.harvest(query, new FileCheckpoint(temp.resolve("a")), page -> { });
            harvester.harvest(query, new FileCheckpoint(temp.resolve("b")), page -> { });

            List<Instant> starts = server.requests().stream().map(ReplayServer.Request::at).toList();
            assertThat(starts).hasSize(3);
            for (int i = 1; i < starts.size(); i++) {
                assertThat(Duration.between(starts.get(i - 1), starts.get(i))).isGreaterThanOrEqualTo(INTERVAL);
            }
        }
    }

    @Test
    void theFirstRequestGoesAtOnceAndALaterOneWaitsOnlyForWhatIsLeftOfTheInterval() throws InterruptedException {
        pacer.awaitTurn(INTERVAL);
        time.sleep(Duration.ofSeconds(1));
        pacer.awaitTurn(INTERVAL);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void anInterruptedThreadStartsNoRequest() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> pacer.awaitTurn(INTERVAL)).isInstanceOf(InterruptedException.class);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void backoffDoublesFromThePoliteIntervalUpToItsCap() {
        assertThat(List.of(1, 2, 3, 10, 60)).map(failures -> pacer.backoff(INTERVAL, failures, Optional.empty()))
                .containsExactly(INTERVAL, INTERVAL.multipliedBy(2), INTERVAL.multipliedBy(4), Pacer.MAX_BACKOFF,
                        Pacer.MAX_BACKOFF);
    }

    @Test
    void backoffIsNeverShorterThanTheServersRetryAfterNorThanASecond() {
        assertThat(pacer.backoff(INTERVAL, 1, Optional.of(Duration.ofSeconds(40)))).isEqualTo(Duration.ofSeconds(40));
        assertThat(pacer.backoff(INTERVAL, 3, Optional.of(Duration.ofSeconds(5)))).isEqualTo(Duration.ofSeconds(12));
        assertThat(pacer.backoff(Duration.ZERO, 1, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    }
}
