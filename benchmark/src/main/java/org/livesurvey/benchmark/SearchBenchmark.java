package org.livesurvey.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.livesurvey.benchmark.app.AppUnderTest;
import org.livesurvey.benchmark.corpus.CorpusDatabase;
import org.livesurvey.benchmark.corpus.CorpusShape;
import org.livesurvey.benchmark.corpus.SyntheticCorpus;
import org.livesurvey.benchmark.ingest.IngestBenchmark;
import org.livesurvey.benchmark.load.CpuMeter;
import org.livesurvey.benchmark.load.LevelResult;
import org.livesurvey.benchmark.load.LoadTest;
import org.livesurvey.benchmark.load.QueryMix;
import org.livesurvey.benchmark.load.RequestCacheMeter;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.sync.InvalidTaxonomyException;
import org.livesurvey.ingest.sync.SyncFailedException;
import org.livesurvey.ingest.sync.TaxonomySync;

/**
 * {@code ./livesurvey benchmark}: generates a synthetic corpus shaped like the real taxonomy and writes it into a data
 * directory of its own through the ingest sync; starts the real application jar on that directory and measures how
 * long the full search index takes; load-tests {@code GET /api/v1/search} at each concurrency level; stops the
 * application and writes the report. Figures are printed as they come.
 */
public final class SearchBenchmark {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** Quiet enough to measure: a third of a core, over a few seconds, for at most two minutes of waiting. */
    static final double QUIET_CORES = 0.3;
    static final Duration QUIET_WINDOW = Duration.ofSeconds(3);
    private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(2);
    /** A load average above this many runnable tasks per core means the machine is not idle. */
    private static final double BUSY_LOAD_PER_CORE = 0.5;

    private final BenchmarkOptions options;
    private final String command;
    private final PrintStream out;

    private SearchBenchmark(BenchmarkOptions options, String command, PrintStream out) {
        this.options = options;
        this.command = command;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("ingest")) {
            IngestBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // before anything logs: the embedded PostgreSQL and Flyway have nothing to say unless it goes wrong
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (List.of(args).contains("--help")) {
            System.out.print(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        String command = ("./livesurvey benchmark " + String.join(" ", args)).strip();
        try {
            new SearchBenchmark(options, command, System.out).run();
        } catch (IllegalArgumentException | IllegalStateException | InvalidTaxonomyException
                 | SyncFailedException e) {
            // expected failures (no jar, a busy data directory, an invalid taxonomy, the app died) say what to do
            System.err.println("benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException, InterruptedException {
        if (!Files.isRegularFile(options.appJar())) {
            // before minutes of generating and writing, not after
            throw new IllegalArgumentException("no application jar at " + options.appJar()
                    + "; build it with ./mvnw -DskipTests package");
        }
        MachineFacts machine = MachineFacts.ofThisMachine();
        out.printf(Locale.ROOT, "search benchmark on %d cores, %s, %s; load average %s%n", machine.cores(),
                machine.memory(), machine.jvm(), machine.loadAverage());
        MachineFacts.currentLoadAverage().filter(load -> load > BUSY_LOAD_PER_CORE * machine.cores()).ifPresent(load ->
                out.println("warning: the machine is busy already; other work will distort the figures"));
        PreparedCorpus corpus = prepareCorpus();
        BenchmarkRun run = measureApplication(machine, corpus);
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        // the ingest benchmark's section is its own: it stays as it was
        String previous = Files.isRegularFile(options.results()) ? Files.readString(options.results()) : "";
        Files.writeString(options.results(), ReportSection.INGEST.carriedOver(ResultsReport.markdown(run), previous));
        out.println("results written to " + options.results());
    }

    /**
     * Loads the application at the highest level before anything is measured: the JIT compiler needs minutes of
     * searches to compile the hot code of the search node and the application, and a server that has run for a while
     * has done that. Without it, the first levels measure compilation too.
     */
    private Optional<LevelResult> warmUpJit(LoadTest load) throws InterruptedException {
        if (options.jitWarmUp().isZero()) {
            return Optional.empty();
        }
        int clients = options.clients().stream().max(Integer::compare).orElseThrow();
        out.printf(Locale.ROOT, "JIT warm-up: %d clients for %d s ...%n", clients, options.jitWarmUp().toSeconds());
        LevelResult warmUp = load.run(clients, Duration.ZERO, options.jitWarmUp(), options.maxRequests());
        out.println(ResultsReport.consoleRow(warmUp));
        return Optional.of(warmUp);
    }

    /** Generates the corpus and writes it; only what the rest of the run needs outlives this method. */
    private PreparedCorpus prepareCorpus() throws IOException {
        long started = System.nanoTime();
        Taxonomy real = TaxonomySync.readValid(options.taxonomy());
        SyntheticCorpus corpus = SyntheticCorpus.learnFrom(real);
        Taxonomy synthetic = corpus.generate(options.papers(), options.seed());
        Duration generated = Duration.ofNanos(System.nanoTime() - started);
        Map<String, double[]> shape = CorpusShape.compare(real, synthetic);
        out.printf(Locale.ROOT, "generated %,d papers from %,d real ones in %s%n", options.papers(),
                real.papers().size(), ResultsReport.seconds(generated));
        ResultsReport.shapeLines(shape).forEach(out::println);

        BenchmarkData.prepare(options.dataDirectory());
        CorpusDatabase.Written written = CorpusDatabase.write(synthetic, options.dataDirectory(),
                this::progress);
        out.printf(Locale.ROOT, "papers written: %,d in %s (PostgreSQL started and migrated in %s)%n",
                written.papers(), ResultsReport.seconds(written.synced()), ResultsReport.seconds(written.prepared()));
        if (written.papers() != options.papers()) {
            throw new IllegalStateException("the sync wrote " + written.papers() + " papers, not " + options.papers());
        }
        return new PreparedCorpus(new QueryMix(corpus.vocabulary(), corpus.profile()), real.papers().size(),
                real.categoriesByPath().size(), shape, generated, written);
    }

    private BenchmarkRun measureApplication(MachineFacts machine, PreparedCorpus corpus)
            throws IOException, InterruptedException {
        Path log = options.dataDirectory().resolve("app.log");
        out.println("starting " + options.appJar() + " (log: " + log + ")");
        AppUnderTest app = AppUnderTest.start(options.appJar(), options.dataDirectory(), options.appHeap(), log);
        Thread stopOnExit = new Thread(() -> closeQuietly(app), "stop-application");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            Duration ready = app.awaitReady(READY_TIMEOUT);
            out.printf(Locale.ROOT, "application ready after %s; waiting for the search index%n",
                    ResultsReport.seconds(ready));
            Duration indexed = app.awaitIndexed(options.papers(), options.indexTimeout());
            Optional<Duration> logged = app.loggedRebuild();
            out.printf(Locale.ROOT, "full index of %,d papers: %s after readiness%s%n", options.papers(),
                    ResultsReport.seconds(indexed.minus(ready)),
                    logged.map(d -> " (the application logged " + ResultsReport.seconds(d) + ")").orElse(""));

            CpuMeter cpu = new CpuMeter(app.process());
            Duration settled = cpu.awaitQuiet(QUIET_CORES, QUIET_WINDOW, QUIET_TIMEOUT);
            out.printf(Locale.ROOT, "the application was quiet (under %.1f cores for %d s) %s after the index%n",
                    QUIET_CORES, QUIET_WINDOW.toSeconds(), ResultsReport.seconds(settled));
            LoadTest load = new LoadTest(app.base(), corpus.queries(), cpu,
                    app.searchEngine().map(RequestCacheMeter::new), options.seed());
            Optional<LevelResult> jitWarmUp = warmUpJit(load);
            List<LevelResult> levels = new ArrayList<>();
            for (int clients : options.clients()) {
                out.printf(Locale.ROOT, "load: %d clients, %d s warm-up, %d s measured ...%n", clients,
                        options.warmUp().toSeconds(), options.duration().toSeconds());
                LevelResult level = load.run(clients, options.warmUp(), options.duration(), options.maxRequests());
                levels.add(level);
                out.println(ResultsReport.consoleRow(level));
                if (level.cpu().other() >= ResultsReport.DISTURBING_CORES) {
                    out.printf(Locale.ROOT, "warning: other processes used %.2f cores during this level%n",
                            level.cpu().other());
                }
            }
            return new BenchmarkRun(options, command, machine, corpus.realPapers(), corpus.categories(),
                    corpus.shape(), corpus.generated(), corpus.written(), ready, indexed, logged, settled, jitWarmUp, levels);
        } finally {
            out.println("stopping the application");
            closeQuietly(app);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: the application is stopped either way
            }
        }
    }

    /** Called after every chunk the sync writes; prints every ten thousand papers or so. */
    private void progress(int papersWritten) {
        if (papersWritten % 10_000 < 250 || papersWritten == options.papers()) {
            out.printf(Locale.ROOT, "  written %,d papers%n", papersWritten);
        }
    }

    /** What the run keeps of the corpus once it is in the database: its queries, its counts and its timings. */
    private record PreparedCorpus(QueryMix queries, int realPapers, int categories, Map<String, double[]> shape,
                                  Duration generated, CorpusDatabase.Written written) {
    }

    private static void closeQuietly(AppUnderTest app) {
        try {
            app.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
