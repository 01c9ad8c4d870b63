package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livesurvey.TestDirectories;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole path with the production beans — the ingest library's OAI-PMH harvester and the classifier trained from
 * the taxonomy — on the real engines: a local server replays the real arXiv OAI-PMH fixture (six physics and maths
 * papers and a resumption token) and a second page (a reasoning-economy survey and an off-topic paper); the survey
 * becomes a proposal, the physics and maths papers do not; accepting it writes the file, syncs it and makes it
 * searchable. The same server then fails in the ways a real one does (500, a hang, a truncated page): each failure is
 * recorded for the admin page, creates nothing, and the next harvest resumes. (The classifier is trained on the
 * three-paper fixture taxonomy here, so this tests the path, not its judgement: see ClassifierEvaluationTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "livesurvey.admin-token=" + ReviewQueueApplicationTest.ADMIN_TOKEN,
        "livesurvey.rate-limit.enabled=false",
        "livesurvey.search.retry-interval=1s",
        "livesurvey.harvest.polite-interval=0s",
        "livesurvey.harvest.request-timeout=2s",
        "livesurvey.harvest.max-attempts=2",
        "livesurvey.runner.result-schema=${user.dir}/../runner/result.schema.json"})
class LiveHarvestIntegrationTest {

    private static final Path FIXTURES = Path.of("../../shared/fixtures/arxiv_oai");
    private static final String TOKEN = "726959|1001";
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);
    /** The fixture's first page: nuclear physics, probability, algebraic geometry, gravity, astronomy. */
    private static final List<String> PHYSICS_AND_MATHS = List.of("0704.0471", "0704.0716", "0704.0874",
            "0704.1109", "0704.1114", "0704.1586");

    private static final ReplayServer SOURCE = ReplayServer.start();
    private static final Path DATA_DIR = TestDirectories.newDirectory("live-harvest-");
    private static final Path TAXONOMY_DIR = ReviewQueueApplicationTest.gitCopyOfFixture();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HarvestJob harvestJob;

    @Autowired
    ProposalService proposals;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
        registry.add("livesurvey.taxonomy-dir", TAXONOMY_DIR::toString);
        registry.add("livesurvey.harvest.base-url", () -> "http://localhost:" + SOURCE.port() + "/oai");
    }

    @AfterAll
    static void stopSource() {
        SOURCE.server.stop(0);
    }

    @BeforeEach
    void emptyQueue() {
        jdbc.sql("delete from proposal").update();
        jdbc.sql("delete from harvest_run").update();
        SOURCE.requests.clear();
        SOURCE.failure = null;
    }

    @Test
    void aReplayedHarvestBecomesAProposalThatAMaintainerAcceptsIntoSearch() throws Exception {
        harvestJob.harvestAll("maintainer");

        assertThat(SOURCE.requests).hasSize(2);
        assertThat(SOURCE.requests.get(0)).contains("verb=ListRecords", "metadataPrefix=arXiv", "set=cs", "from=");
        assertThat(SOURCE.requests.get(1)).contains("resumptionToken=726959%7C1001").doesNotContain("set=");
        assertThat(lastRun()).containsEntry("status", "succeeded").containsEntry("pages", 2)
                .containsEntry("records", 8);
        assertThat(jdbc.sql("select arxiv_id from proposal where status = 'pending'").query(String.class).list())
                .contains("2503.24377").doesNotContainAnyElementsOf(PHYSICS_AND_MATHS);
        Proposal proposal = proposals.get(proposalOf("2503.24377"));
        assertThat(proposal.suggestedCategories()).isNotEmpty();
        assertThat(proposal.suggestedCategories().get(0).path()).startsWith("efficiency");

        proposals.accept(proposal.id(), List.of(proposal.suggestedCategories().get(0).path()), "admin");

        assertThat(Files.readString(TAXONOMY_DIR.resolve("papers/2503.24377.yaml")))
                .contains("title: 'Harnessing the Reasoning Economy", "  - " + proposal.suggestedCategories().get(0).path());
        new MaintainerSession(port).awaitSearchable("Harnessing the Reasoning Economy", "2503.24377",
                SEARCHABLE_WITHIN);
    }

    @Test
    void aFailingSourceIsRecordedCreatesNothingAndTheNextHarvestResumes() {
        for (Failure failure : Failure.values()) {
            SOURCE.failure = failure;
            harvestJob.harvestAll("schedule");

            assertThat(lastRun()).as(failure.name()).containsEntry("status", "failed")
                    .containsEntry("error_kind", failure.kind);
            assertThat(jdbc.sql("select count(*) from proposal").query(Long.class).single()).isZero();
        }
        MaintainerSession maintainer = new MaintainerSession(port);
        maintainer.logIn("admin", ReviewQueueApplicationTest.ADMIN_TOKEN);
        assertThat(maintainer.get("/admin").body()).contains("malformed");

        SOURCE.failure = null;
        harvestJob.harvestAll("schedule");

        assertThat(lastRun()).containsEntry("status", "succeeded");
        assertThat(jdbc.sql("select arxiv_id from proposal").query(String.class).list()).contains("2503.24377");
    }

    private java.util.Map<String, Object> lastRun() {
        return jdbc.sql("select status, pages, records, proposals_created, error_kind from harvest_run"
                + " order by id desc limit 1").query().singleRow();
    }

    private long proposalOf(String arxivId) {
        return jdbc.sql("select id from proposal where arxiv_id = :arxiv").param("arxiv", arxivId)
                .query(Long.class).single();
    }

    /** How the replayed source misbehaves, and the error kind the run must record. */
    private enum Failure {
        SERVER_ERROR("server-error"), HANG("timeout"), TRUNCATED("malformed");

        final String kind;

        Failure(String kind) {
            this.kind = kind;
        }
    }

    /** arXiv's OAI-PMH interface as the fixtures recorded it: page one, then, for its token, page two. */
    private static final class ReplayServer {

        final HttpServer server;
        final List<String> requests = new CopyOnWriteArrayList<>();
        volatile Failure failure;

        private ReplayServer(HttpServer server) {
            this.server = server;
        }

        static ReplayServer start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                ReplayServer replay = new ReplayServer(server);
                server.createContext("/oai", replay::answer);
                server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
                server.start();
                return replay;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return server.getAddress().getPort();
        }

        private void answer(HttpExchange exchange) throws IOException {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(query);
            Failure now = failure;
            byte[] page = Files.readAllBytes(query.contains("resumptionToken=")
                    ? Path.of("src/test/resources/oai/second-page.xml")
                    : FIXTURES.resolve("ListRecordsResponse_arXivRaw.xml"));
            if (now == Failure.HANG) {
                sleepQuietly(Duration.ofSeconds(10));
            }
            if (now == Failure.SERVER_ERROR) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            byte[] body = now == Failure.TRUNCATED ? Arrays.copyOf(page, page.length / 2) : page;
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the harvester gave up waiting and closed the connection
            }
        }

        private static void sleepQuietly(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
