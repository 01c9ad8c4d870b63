package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code /admin}: what the harvest did, its last error, and a harvest started by hand. */
class AdminDashboardIntegrationTest extends ReviewQueueApplicationTest {

    @Test
    void theDashboardShowsTheLastHarvestError() {
        harvester.thenPagesAndFailure(new HarvestFailedException(HarvestFailedException.Kind.SERVER_ERROR,
                "oaipmh.arxiv.org answered 500 Internal Server Error 3 times."));
        harvestJob.harvestAll("schedule");
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        String dashboard = maintainer.get("/admin").body();

        assertThat(dashboard).contains("id=\"last-harvest-error\"", "server-error",
                "oaipmh.arxiv.org answered 500 Internal Server Error 3 times.", "run-status--failed");
        assertThat(dashboard).contains("not scheduled here");
    }

    @Test
    void aSuccessfulHarvestClearsTheError() {
        harvester.thenPagesAndFailure(new HarvestFailedException(HarvestFailedException.Kind.TIMEOUT, "No answer."))
                .thenPages();
        harvestJob.harvestAll("schedule");
        harvestJob.harvestAll("schedule");
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        assertThat(maintainer.get("/admin").body()).doesNotContain("id=\"last-harvest-error\"")
                .contains("run-status--succeeded", "run-status--failed");
    }

    @Test
    void harvestNowStartsAHarvestInTheBackground() throws InterruptedException {
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ADMIN_TOKEN);

        HttpResponse<String> started = maintainer.submit("/admin", "/admin/harvest", Map.of());

        assertThat(started.statusCode()).isEqualTo(302);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (finishedRunsByMaintainers() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(finishedRunsByMaintainers()).isEqualTo(1);
        assertThat(maintainer.get("/admin").body()).contains("by maintainer");
    }

    private long finishedRunsByMaintainers() {
        return jdbc.sql("select count(*) from harvest_run where triggered_by = 'maintainer' and status <> 'running'")
                .query(Long.class).single();
    }
}
