package org.livesurvey.taxonomy;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.ingest.sync.GitRevision;
import org.livesurvey.ingest.sync.InvalidTaxonomyException;
import org.livesurvey.ingest.sync.SyncReport;
import org.livesurvey.ingest.sync.SyncTrigger;
import org.livesurvey.ingest.sync.TaxonomySync;
import org.livesurvey.ingest.taxonomy.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Syncs the configured taxonomy directory into the database with the ingest library's {@link TaxonomySync}, which
 * validates first and writes all or nothing in one transaction. One sync at a time per instance: a second request
 * is refused at once rather than queued behind the first (the library's advisory lock also keeps syncs of several
 * processes apart). A sync that changed something is announced as {@link PapersSynced}.
 */
@Service
public class TaxonomySyncService {

    private static final Logger log = LoggerFactory.getLogger(TaxonomySyncService.class);

    private final TaxonomySync sync;
    private final LiveSurveyProperties properties;
    private final ApplicationEventPublisher events;
    private final ReentrantLock running = new ReentrantLock();

    TaxonomySyncService(DataSource dataSource, LiveSurveyProperties properties, ApplicationEventPublisher events) {
        this.sync = new TaxonomySync(dataSource);
        this.properties = properties;
        this.events = events;
    }

    /**
     * Syncs on behalf of an operator who asked through the admin API.
     *
     * @throws TaxonomyInvalidException when the taxonomy has problems; nothing was synced
     * @throws SyncInProgressException  when a sync is already running
     */
    public SyncSummary syncForAdmin() {
        return syncNow(SyncTrigger.ADMIN);
    }

    /** Syncs the paper file a maintainer's accepted proposal wrote; same outcomes as {@link #syncForAdmin()}. */
    public SyncSummary syncForReview() {
        return syncNow(SyncTrigger.REVIEW);
    }

    /** Syncs while the application starts; same outcomes as {@link #syncForAdmin()}. */
    SyncSummary syncAtStartup() {
        return syncNow(SyncTrigger.STARTUP);
    }

    private SyncSummary syncNow(SyncTrigger trigger) {
        if (!running.tryLock()) {
            throw SyncInProgressException.create();
        }
        try {
            log.info("Syncing taxonomy {} ({})", properties.taxonomyDir().toAbsolutePath(), trigger.key());
            SyncReport report = sync.syncDirectory(properties.taxonomyDir(), trigger,
                    GitRevision.of(properties.taxonomyDir()).orElse(null));
            log.info("Taxonomy sync: {}", report.summary());
            if (report.hasChanges()) {
                events.publishEvent(papersSynced(report));
            }
            return new SyncSummary(report.added(), report.changed(), report.removed(), report.unchanged(),
                    report.categoriesChanged(), report.duration().toMillis(), report.summary());
        } catch (InvalidTaxonomyException e) {
            throw TaxonomyInvalidException.withProblems(e.problems().stream().map(Problem::format).toList());
        } finally {
            running.unlock();
        }
    }

    private static PapersSynced papersSynced(SyncReport report) {
        Set<String> changed = new HashSet<>(report.addedIds());
        changed.addAll(report.changedIds());
        return new PapersSynced(changed, report.removedIds(), report.categoriesChanged() > 0);
    }
}
