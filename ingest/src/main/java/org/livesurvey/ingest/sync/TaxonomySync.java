package org.livesurvey.ingest.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.validate.TaxonomyValidator;
import org.livesurvey.ingest.validate.ValidationReport;

/**
 * Makes the knowledge base in PostgreSQL equal to a taxonomy, in one transaction: categories, papers with everything
 * that hangs off them, reproduction specs, and the history of what changed. Papers and specs are compared by a hash
 * of their content, so only new, changed and removed ones are written, and a sync that finds nothing to do writes
 * nothing at all.
 */
public final class TaxonomySync {

    /** Papers are written in chunks of this many; progress is reported after each. */
    static final int CHUNK_SIZE = 250;
    /**
     * Key of the transaction-scoped advisory lock that keeps two syncs, from any process or machine, from
     * interleaving ("LSSYNC" in ASCII). PostgreSQL releases it at commit, at rollback and when the client dies.
     */
    private static final long SYNC_LOCK_KEY = 0x4c53_5359_4e43L;

    private final DataSource dataSource;
    private final SyncProgressListener progress;

    public TaxonomySync(DataSource dataSource) {
        this(dataSource, SyncProgressListener.NONE);
    }

    public TaxonomySync(DataSource dataSource, SyncProgressListener progress) {
        this.dataSource = dataSource;
        this.progress = progress;
    }

    /**
     * Validates the taxonomy directory and syncs it when the validator found no problem. A taxonomy with any problem
     * is never synced, not even in part.
     *
     * @throws InvalidTaxonomyException listing every problem; the database was not touched
     */
    public SyncReport syncDirectory(Path taxonomyDir, SyncTrigger trigger, String revision) {
        return sync(readValid(taxonomyDir), trigger, revision);
    }

    /**
     * Reads a taxonomy directory through the validator.
     *
     * @throws InvalidTaxonomyException when the validator found any problem
     */
    public static Taxonomy readValid(Path taxonomyDir) {
        ValidationReport validation = new TaxonomyValidator().validate(taxonomyDir);
        if (!validation.isValid()) {
            throw InvalidTaxonomyException.of(taxonomyDir, validation.problems());
        }
        return validation.taxonomy();
    }

    /**
     * Syncs a taxonomy that was already validated.
     *
     * @param revision the git commit the taxonomy was read from, or {@code null} when unknown
     * @throws IllegalArgumentException when the taxonomy cannot be stored as it is (see {@link SyncPlanner#plan})
     * @throws SyncFailedException      when the database refused; nothing was written then
     */
    public SyncReport sync(Taxonomy taxonomy, SyncTrigger trigger, String revision) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                SyncPlan plan = planAndWrite(connection, taxonomy, trigger, revision);
                connection.commit();
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                return new SyncReport(idsOf(plan.added()), idsOf(plan.changed()),
                        plan.removed().stream().map(StoredPaper::id).collect(Collectors.toSet()),
                        plan.unchanged(), plan.categoriesChanged(), reproductionChanges(plan.reproductions()), took);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw SyncFailedException.of(e);
        }
    }

    private SyncPlan planAndWrite(Connection connection, Taxonomy taxonomy, SyncTrigger trigger, String revision)
            throws SQLException {
        lockAgainstOtherSyncs(connection);
        KnowledgeBaseReader reader = new KnowledgeBaseReader(connection);
        SyncPlan plan = SyncPlanner.plan(taxonomy, reader.categories(), reader.papers(), reader.reproductionHashes());
        if (plan.isEmpty()) {
            return plan;
        }
        List<String> replacedIds = new ArrayList<>();
        plan.changed().forEach(p -> replacedIds.add(p.paper().id()));
        plan.removed().forEach(p -> replacedIds.add(p.id()));
        Map<String, String> previousSnapshots = reader.latestSnapshots(replacedIds);

        SyncHistoryWriter history = new SyncHistoryWriter(connection);
        long runId = history.startRun(plan, trigger, revision);
        new CategoryWriter(connection).upsert(plan.categoriesToUpsert());
        writePapers(new PaperWriter(connection), plan);
        writeReproductions(new ReproductionWriter(connection), plan.reproductions());
        new CategoryWriter(connection).delete(plan.categoriesToDelete());
        history.recordPaperChanges(runId, plan, previousSnapshots);
        history.finishRun(runId);
        return plan;
    }

    /**
     * Removed papers go first and changed papers lose their identifiers before anything is written, so that an arXiv
     * id or DOI can move from one paper to another within one sync.
     */
    private void writePapers(PaperWriter writer, SyncPlan plan) throws SQLException {
        writer.delete(plan.removed().stream().map(StoredPaper::id).toList());
        writer.prepareRewrite(plan.changed().stream().map(p -> p.paper().id()).toList());
        int written = 0;
        for (List<PlannedPaper> chunk : chunks(plan.changed())) {
            writer.update(chunk);
            written += chunk.size();
            progress.papersWritten(written);
        }
        for (List<PlannedPaper> chunk : chunks(plan.added())) {
            writer.insert(chunk);
            written += chunk.size();
            progress.papersWritten(written);
        }
        writer.deleteOrphanAuthors();
    }

    /** After the papers: a spec may belong to a paper this sync adds. */
    private static void writeReproductions(ReproductionWriter writer, ReproductionPlan plan) throws SQLException {
        writer.delete(plan.removed());
        List<PlannedReproduction> upserts = new ArrayList<>(plan.added());
        upserts.addAll(plan.changed());
        writer.upsert(upserts);
    }

    /** A failed rollback (the connection died, say) must not hide why the sync failed; the server rolls back anyway. */
    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** For a pooled connection; one that broke is discarded by its pool, and the sync's outcome is already decided. */
    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // nothing to restore on a broken connection
        }
    }

    private static void lockAgainstOtherSyncs(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            statement.setLong(1, SYNC_LOCK_KEY);
            statement.execute();
        }
    }

    private static Set<String> idsOf(List<PlannedPaper> papers) {
        return papers.stream().map(p -> p.paper().id()).collect(Collectors.toSet());
    }

    private static SyncReport.ReproductionChanges reproductionChanges(ReproductionPlan plan) {
        return new SyncReport.ReproductionChanges(
                plan.added().stream().map(PlannedReproduction::id).collect(Collectors.toSet()),
                plan.changed().stream().map(PlannedReproduction::id).collect(Collectors.toSet()),
                Set.copyOf(plan.removed()), plan.unchanged());
    }

    private static List<List<PlannedPaper>> chunks(List<PlannedPaper> papers) {
        List<List<PlannedPaper>> chunks = new ArrayList<>();
        for (int from = 0; from < papers.size(); from += CHUNK_SIZE) {
            chunks.add(papers.subList(from, Math.min(papers.size(), from + CHUNK_SIZE)));
        }
        return chunks;
    }
}
