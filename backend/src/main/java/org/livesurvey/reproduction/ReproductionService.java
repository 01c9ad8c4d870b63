package org.livesurvey.reproduction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The reproduction feature's public face: reproductions with their latest verdicts, runs and their history, and what
 * an operator may do (enqueue, cancel, import). Pages and the API get records, never rows.
 */
@Service
public class ReproductionService {

    /** A history long enough for a chart; older runs stay available page by page through {@link #runs}. */
    static final int HISTORY_LIMIT = 200;

    private final ReproductionReader reproductions;
    private final RunReader runs;
    private final RunQueue queue;
    private final RunRecorder recorder;
    private final ResultValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReproductionService(ReproductionReader reproductions, RunReader runs, RunQueue queue, RunRecorder recorder,
                        ResultValidator validator, ApplicationEventPublisher events) {
        this.reproductions = reproductions;
        this.runs = runs;
        this.queue = queue;
        this.recorder = recorder;
        this.validator = validator;
        this.events = events;
    }

    /** Every reproduction, by paper and id, with its latest run and verdicts. */
    public List<ReproductionOverview> list() {
        return overviews(reproductions.all());
    }

    /** @throws ReproductionNotFoundException when no reproduction has that id */
    public ReproductionOverview get(String reproductionId) {
        return overviews(List.of(spec(reproductionId))).get(0);
    }

    /**
     * A page of the reproduction's runs, newest first.
     *
     * @param page from 1
     * @throws ReproductionNotFoundException when no reproduction has that id
     */
    public RunPage runs(String reproductionId, int page, int perPage) {
        spec(reproductionId);
        long offset = (long) (page - 1) * perPage;
        return new RunPage(runs.newestFirst(reproductionId, offset, perPage), runs.count(reproductionId), page,
                perPage);
    }

    /** Its newest {@value #HISTORY_LIMIT} runs, newest first: what a history chart plots. */
    public List<RunSummary> history(String reproductionId) {
        spec(reproductionId);
        return runs.newestFirst(reproductionId, 0, HISTORY_LIMIT);
    }

    /** @throws RunNotFoundException when no run has that id */
    public RunDetails run(long runId) {
        return runs.details(runId).orElseThrow(() -> RunNotFoundException.forId(runId));
    }

    /**
     * Each claim of the paper that a reproduction checks, next to what its latest successful run measured: what the
     * paper's page shows. Empty when no reproduction checks the paper.
     */
    public List<ClaimResult> latestResultsForPaper(String paperId) {
        return overviews(reproductions.ofPaper(paperId)).stream()
                .flatMap(overview -> overview.claims().stream())
                .toList();
    }

    /**
     * Queues a run now, whatever the schedule says.
     *
     * @throws ReproductionNotFoundException when no reproduction has that id
     * @throws RunAlreadyPendingException    when it has a run queued or running
     */
    public RunSummary enqueue(String reproductionId) {
        spec(reproductionId);
        long runId = queue.enqueue(reproductionId, RunOrigin.MANUAL).orElseThrow(() ->
                RunAlreadyPendingException.of(reproductionId, queue.pendingRun(reproductionId).orElse(-1L)));
        return runs.summary(runId).orElseThrow();
    }

    /**
     * Cancels a queued or running run; a running experiment is killed within a heartbeat.
     *
     * @throws RunNotFoundException        when no run has that id
     * @throws RunNotCancellableException when it has already finished
     */
    public RunSummary cancel(long runId) {
        if (!queue.cancel(runId)) {
            throw RunNotFoundException.forId(runId);
        }
        RunSummary cancelled = runs.summary(runId).orElseThrow(() -> RunNotFoundException.forId(runId));
        reproductions.find(cancelled.reproductionId()).ifPresent(spec -> events.publishEvent(
                new RunFinished(runId, spec.id(), spec.paperId(), RunStatus.CANCELLED)));
        return cancelled;
    }

    /**
     * Imports a result file produced elsewhere (e.g. the GPU configuration on a GPU machine) as a succeeded run that
     * keeps its own provenance: its times, hardware and library versions come from the file. Importing the same file
     * again returns the run of the first import.
     *
     * @param commit the git commit it ran from, if the importer knows it
     * @param host   the machine it ran on, if the importer knows it
     * @throws ReproductionNotFoundException when no reproduction has that id
     * @throws InvalidRunResultException     when the file breaks the contract or is of another experiment or config
     */
    public ImportedRun importResult(String reproductionId, String resultJson, String commit, String host) {
        ReproductionSpec spec = spec(reproductionId);
        ExperimentResult result = validator.read(resultJson);
        ResultValidator.requireMatch(result, spec.experiment(), spec.config(), null);
        String hash = sha256(resultJson);
        RunRecorder.ImportOutcome outcome = recorder.importResult(spec, result, hash,
                RunProvenance.ofImport(spec, result, hash, commit, host, Instant.now(clock)));
        return new ImportedRun(runs.summary(outcome.runId()).orElseThrow(), outcome.created());
    }

    private ReproductionSpec spec(String reproductionId) {
        return reproductions.find(reproductionId)
                .orElseThrow(() -> ReproductionNotFoundException.forId(reproductionId));
    }

    private List<ReproductionOverview> overviews(List<ReproductionSpec> specs) {
        List<String> ids = specs.stream().map(ReproductionSpec::id).toList();
        Map<String, List<CheckedClaim>> checks = reproductions.checks(ids);
        Map<String, RunSummary> latest = runs.latest(ids);
        Map<String, RunSummary> measured = runs.latestSucceeded(ids);
        Instant now = Instant.now(clock);
        List<ReproductionOverview> overviews = new ArrayList<>();
        for (ReproductionSpec spec : specs) {
            RunSummary result = measured.get(spec.id());
            boolean stale = result != null && isStale(spec, result, now);
            List<ClaimResult> claims = checks.get(spec.id()).stream()
                    .map(check -> ClaimResults.of(spec, check, result, stale))
                    .toList();
            overviews.add(new ReproductionOverview(spec.id(), spec.paperId(), spec.paperTitle(), spec.experiment(),
                    spec.hardware(), spec.config(), spec.parameters(), spec.seed(), spec.schedule(),
                    spec.timeoutSeconds(), latest.get(spec.id()), stale, claims));
        }
        return overviews;
    }

    /** A malformed schedule (the validator lets none through) makes nothing stale rather than failing the page. */
    private static boolean isStale(ReproductionSpec spec, RunSummary result, Instant now) {
        try {
            Optional<RerunSchedule> schedule = RerunSchedule.parse(spec.schedule());
            return schedule.isPresent() && result.finishedAt() != null
                    && schedule.get().isStale(result.finishedAt().toInstant(), now);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
