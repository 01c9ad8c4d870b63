package org.livesurvey.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.livesurvey.paper.PaperService;
import org.livesurvey.results.ReproductionResults;
import org.livesurvey.results.ReproductionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps the papers index equal to the database: full rebuilds into a fresh index behind the aliases, and updates of
 * single papers through the write alias. Not thread-safe: {@link SearchIndexService} runs all of it on one thread.
 */
@Component
class PaperIndexer {

    private static final Logger log = LoggerFactory.getLogger(PaperIndexer.class);
    /** Papers read from the database and sent to the engine at once: a few megabytes of documents at most. */
    static final int BATCH_SIZE = 1_000;
    /** Two bulk requests keep both cores of a small machine indexing; more would only queue on the engine. */
    static final int BULKS_IN_FLIGHT = 2;

    private final PaperIndex index;
    private final PaperService papers;
    private final ReproductionResults reproductions;
    /** Read by other threads, to refuse a second rebuild while one runs. */
    private volatile boolean rebuilding;

    PaperIndexer(PaperIndex index, PaperService papers, ReproductionResults reproductions) {
        this.index = index;
        this.papers = papers;
        this.reproductions = reproductions;
    }

    /**
     * Builds a new index from every paper in the database and moves both aliases to it at once; until then searches
     * use the previous index. Indices left behind by a rebuild that died are removed first.
     *
     * @return what was built and which indices it replaced (no longer searched, still to be deleted)
     */
    Rebuild rebuild() throws IOException {
        rebuilding = true;
        try {
            return rebuildNow();
        } finally {
            rebuilding = false;
        }
    }

    boolean isRebuilding() {
        return rebuilding;
    }

    private Rebuild rebuildNow() throws IOException {
        long started = System.nanoTime();
        Map<String, Set<String>> existing = index.indicesWithAliases();
        index.delete(existing.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList());
        List<String> previous = existing.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();

        String built = index.create(Instant.now());
        int count;
        try {
            count = load(built, papers.versionsById().keySet().stream().sorted().toList());
            index.makeSearchable(built);
            index.moveAliases(built, previous);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(built, e);
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Search index {} built with {} papers in {} ms", built, count, took.toMillis());
        return new Rebuild(built, count, took, previous);
    }

    /**
     * Makes an existing index of the current mapping equal to the database, comparing versions and reproduction
     * statuses paper by paper; builds a new index when there is none or its mapping is outdated.
     *
     * @return the rebuild, when one was needed
     */
    Optional<Rebuild> catchUp() throws IOException {
        Map<String, Set<String>> existing = index.indicesWithAliases();
        List<String> searched = existing.entrySet().stream()
                .filter(e -> e.getValue().contains(PaperIndex.READ_ALIAS)).map(Map.Entry::getKey).toList();
        if (searched.size() != 1 || !PaperIndex.hasCurrentMapping(searched.get(0))) {
            log.info("Search index needs a rebuild: {} (the mapping is version {})",
                    searched.isEmpty() ? "there is none" : "it is " + searched, PaperIndex.MAPPING_VERSION);
            return Optional.of(rebuild());
        }
        Map<String, Integer> wanted = papers.versionsById();
        Map<String, Integer> indexed = index.indexedVersions();
        Set<String> stale = new TreeSet<>(withOutdatedReproductionStatus());
        wanted.entrySet().stream().filter(e -> !e.getValue().equals(indexed.get(e.getKey())))
                .forEach(e -> stale.add(e.getKey()));
        Set<String> gone = new HashSet<>(indexed.keySet());
        gone.removeAll(wanted.keySet());
        update(stale, gone);
        log.info("Search index {} is up to date ({} papers; {} updated, {} removed)", searched.get(0), wanted.size(),
                stale.size(), gone.size());
        return Optional.empty();
    }

    /** Re-reads the changed papers from the database and writes them; removes the gone ones. Visible on return. */
    void update(Collection<String> changedIds, Collection<String> removedIds) throws IOException {
        for (List<String> batch : batches(List.copyOf(changedIds))) {
            index.put(PaperIndex.WRITE_ALIAS, documents(batch), true);
        }
        index.remove(PaperIndex.WRITE_ALIAS, removedIds, true);
    }

    /**
     * Rewrites the papers whose reproduction status in the index is not the one their runs give now. A run announces
     * itself only in the process that recorded it: this finds the runs of worker processes elsewhere.
     *
     * @return how many papers it rewrote
     */
    int updateReproductionStatuses() throws IOException {
        List<String> outdated = withOutdatedReproductionStatus();
        update(outdated, List.of());
        return outdated.size();
    }

    private List<String> withOutdatedReproductionStatus() throws IOException {
        Map<String, String> indexed = index.indexedReproductionStatuses();
        Map<String, ReproductionStatus> wanted = reproductions.statusByPaper();
        Set<String> ids = new TreeSet<>(indexed.keySet());
        ids.addAll(wanted.keySet());
        return ids.stream()
                .filter(id -> !wanted.getOrDefault(id, ReproductionStatus.NONE).key()
                        .equals(indexed.getOrDefault(id, ReproductionStatus.NONE.key())))
                .toList();
    }

    void deleteReplaced(Rebuild rebuild) throws IOException {
        index.delete(rebuild.replaced());
    }

    /**
     * Sends the papers in batches, up to {@value #BULKS_IN_FLIGHT} at a time: the engine indexes a batch on one thread
     * per request, and the next batch is read from the database meanwhile.
     */
    private int load(String target, List<String> ids) throws IOException {
        ExecutorService senders = Executors.newFixedThreadPool(BULKS_IN_FLIGHT, task -> {
            Thread thread = new Thread(task, "search-bulk");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Integer>> inFlight = new ArrayDeque<>();
        int count = 0;
        try {
            for (List<String> batch : batches(ids)) {
                List<PaperDocument> documents = documents(batch);
                if (inFlight.size() == BULKS_IN_FLIGHT) {
                    count += await(inFlight.removeFirst());
                }
                inFlight.addLast(senders.submit(() -> {
                    index.put(target, documents, false);
                    return documents.size();
                }));
            }
            while (!inFlight.isEmpty()) {
                count += await(inFlight.removeFirst());
            }
            return count;
        } finally {
            senders.shutdownNow();
        }
    }

    private List<PaperDocument> documents(List<String> ids) {
        Map<String, ReproductionStatus> statuses = reproductions.statusByPaper();
        return papers.indexable(ids).stream()
                .map(paper -> PaperDocument.of(paper, statuses.getOrDefault(paper.id(), ReproductionStatus.NONE)))
                .toList();
    }

    private static int await(Future<Integer> bulk) throws IOException {
        try {
            return bulk.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while indexing");
        }
    }

    private void deleteQuietly(String built, Exception cause) {
        try {
            index.delete(List.of(built));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static List<List<String>> batches(List<String> ids) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE)));
        }
        return batches;
    }

    /**
     * A finished rebuild.
     *
     * @param replaced the indices the aliases pointed at before; searches may still be running on them
     */
    record Rebuild(String index, int papers, Duration took, List<String> replaced) {
    }
}
