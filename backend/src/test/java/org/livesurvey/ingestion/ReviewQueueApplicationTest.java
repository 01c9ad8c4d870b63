package org.livesurvey.ingestion;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.livesurvey.TestDirectories;
import org.livesurvey.ingest.metadata.MetadataRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the real embedded PostgreSQL and Elasticsearch, serving a copy of the small fixture
 * taxonomy that is a git repository of its own (branch {@code main}, everything committed), with a scripted harvester
 * and a test classifier ({@link ReviewQueueTestBeans}). Every subclass shares this one context; each test starts with
 * an empty review queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "livesurvey.admin-token=" + ReviewQueueApplicationTest.ADMIN_TOKEN,
        "livesurvey.rate-limit.enabled=false",
        "livesurvey.search.retry-interval=1s",
        "livesurvey.runner.result-schema=${user.dir}/../runner/result.schema.json"})
@Import(ReviewQueueTestBeans.class)
public abstract class ReviewQueueApplicationTest {

    public static final String ADMIN_TOKEN = "review-queue-admin-token";
    static final Path FIXTURE = Path.of("src/test/resources/taxonomy/small");

    private static final Path DATA_DIR = TestDirectories.newDirectory("review-");
    protected static final Path TAXONOMY_DIR = gitCopyOfFixture();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    ScriptedHarvester harvester;

    @Autowired
    HarvestJob harvestJob;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
        registry.add("livesurvey.taxonomy-dir", TAXONOMY_DIR::toString);
    }

    @BeforeEach
    void emptyQueue() {
        jdbc.sql("delete from proposal").update();
        jdbc.sql("delete from harvest_run").update();
        harvester.reset();
    }

    /** A harvest that finds these records, in one page, run to its end. */
    protected void harvested(MetadataRecord... records) {
        harvester.thenPages(new HarvestedPage(List.of(records), null));
        harvestJob.harvestAll("maintainer");
    }

    /** The id of the pending proposal of this arXiv paper. */
    protected long proposalOf(String arxivId) {
        return jdbc.sql("select id from proposal where arxiv_id = :arxiv and status = 'pending'")
                .param("arxiv", arxivId).query(Long.class).single();
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A copy of the fixture, committed on {@code main} in a repository of its own. */
    static Path gitCopyOfFixture() {
        Path copy = TestDirectories.copyOf(FIXTURE, "review-taxonomy-");
        try (Git git = Git.init().setDirectory(copy.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent someone = new PersonIdent("A Contributor", "contributor@example.org");
            git.commit().setMessage("The small taxonomy").setAuthor(someone).setCommitter(someone).setSign(false)
                    .call();
            return copy;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }
}
