package org.livesurvey.search;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.livesurvey.reproduction.RunFinished;
import org.livesurvey.search.PaperIndexer.Rebuild;
import org.livesurvey.search.engine.SearchEngineProperties;
import org.livesurvey.taxonomy.PapersSynced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index in step with the database, on one thread of its own so that updates apply in order and
 * never overlap a rebuild. Indexing never stops the application: when the engine cannot be reached the index is
 * marked out of date, searches answer "unavailable" meanwhile, and a catch-up is tried again every
 * {@code livesurvey.search.retry-interval} until it succeeds. Every such interval it also picks up reproduction results
 * that no event announced here (runs recorded by a worker process elsewhere).
 */
@Service
public class SearchIndexService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexService.class);

    private final PaperIndexer indexer;
    private final Duration retryInterval;
    /** Searches that started on a replaced index get this long to finish before it is deleted. */
    private final Duration replacedIndexGrace;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    /** From an admin's request for a rebuild until that rebuild has run, so that a second request is refused. */
    private final AtomicBoolean reindexAsked = new AtomicBoolean();
    /** Until a catch-up succeeds, the index may miss changes: the next event or retry catches up in full. */
    private volatile boolean outOfDate = true;

    SearchIndexService(PaperIndexer indexer, SearchEngineProperties properties) {
        this.indexer = indexer;
        this.retryInterval = properties.retryInterval();
        this.replacedIndexGrace = properties.socketTimeout().plusSeconds(1);
    }

    /**
     * Rebuilds the index from the database now, behind the aliases (searches go on meanwhile), after any indexing
     * already queued.
     *
     * @throws ReindexInProgressException when a rebuild is running or already asked for
     * @throws SearchUnavailableException when the engine failed during the rebuild; the previous index stays in use
     */
    public ReindexSummary reindexAll() {
        if (indexer.isRebuilding() || !reindexAsked.compareAndSet(false, true)) {
            throw ReindexInProgressException.create();
        }
        try {
            Rebuild rebuild = worker.submit(() -> {
                try {
                    Rebuild done = indexer.rebuild();
                    outOfDate = false;
                    deleteLater(done);
                    return done;
                } finally {
                    reindexAsked.set(false);
                }
            }).get();
            return new ReindexSummary(rebuild.index(), rebuild.papers(), rebuild.took().toMillis());
        } catch (RejectedExecutionException e) {
            reindexAsked.set(false);
            throw SearchUnavailableException.because(e);
        } catch (ExecutionException e) {
            log.warn("Rebuilding the search index failed: {}", e.getCause().toString());
            throw SearchUnavailableException.because(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SearchUnavailableException.because(e);
        }
    }

    /** Once the application is up (and the start-up sync done): catch up, then keep up. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpWhenReady() {
        worker.execute(this::catchUpIfOutOfDate);
        worker.scheduleWithFixedDelay(this::keepUp, retryInterval.toMillis(), retryInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @EventListener
    void papersSynced(PapersSynced synced) {
        worker.execute(() -> update(synced.changedIds(), synced.removedIds()));
    }

    /** A run's verdicts may change its paper's reproduction status, a facet of the index. */
    @EventListener
    void runFinished(RunFinished finished) {
        worker.execute(() -> update(Set.of(finished.paperId()), Set.of()));
    }

    /** Waits until everything queued so far has run; for tests that search right after a change. */
    void awaitIdle() {
        try {
            worker.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isOutOfDate() {
        return outOfDate;
    }

    private void update(Collection<String> changedIds, Collection<String> removedIds) {
        if (outOfDate) {
            catchUpIfOutOfDate();
            return;
        }
        try {
            indexer.update(changedIds, removedIds);
            log.info("Search index updated: {} papers written, {} removed", changedIds.size(), removedIds.size());
        } catch (IOException | RuntimeException e) {
            outOfDate = true;
            log.warn("Updating the search index failed, catching up in {} ms: {}", retryInterval.toMillis(),
                    e.toString());
        }
    }

    /** Catches up while out of date; otherwise brings reproduction statuses that changed elsewhere into the index. */
    private void keepUp() {
        if (outOfDate) {
            catchUpIfOutOfDate();
            return;
        }
        try {
            int rewritten = indexer.updateReproductionStatuses();
            if (rewritten > 0) {
                log.info("Search index updated: {} papers with a new reproduction status", rewritten);
            }
        } catch (IOException | RuntimeException e) {
            outOfDate = true;
            log.warn("Updating reproduction statuses in the search index failed, catching up in {} ms: {}",
                    retryInterval.toMillis(), e.toString());
        }
    }

    private void catchUpIfOutOfDate() {
        if (!outOfDate) {
            return;
        }
        try {
            indexer.catchUp().ifPresent(this::deleteLater);
            outOfDate = false;
        } catch (IOException | RuntimeException e) {
            log.warn("The search index could not be brought up to date, retrying in {} ms: {}",
                    retryInterval.toMillis(), e.toString());
        }
    }

    private void deleteLater(Rebuild rebuild) {
        if (rebuild.replaced().isEmpty()) {
            return;
        }
        worker.schedule(() -> {
            try {
                indexer.deleteReplaced(rebuild);
            } catch (IOException | RuntimeException e) {
                // left behind, it is removed by the next rebuild
                log.warn("Deleting the replaced search index {} failed: {}", rebuild.replaced(), e.toString());
            }
        }, replacedIndexGrace.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
