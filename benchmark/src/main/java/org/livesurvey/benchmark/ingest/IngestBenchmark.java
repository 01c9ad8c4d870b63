package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.livesurvey.benchmark.MachineFacts;
import org.livesurvey.benchmark.ReportSection;

/**
 * {@code ./livesurvey benchmark ingest}: writes a file of each metadata format from the real records of the corpus,
 * reads each with content sniffing as {@code ./livesurvey add} does, and reports how fast, in the ingest section of
 * {@code RESULTS.md}. It measures and reports; it fails only when a read does not give back what was written.
 */
public final class IngestBenchmark {

    /** A load average above this many runnable tasks per core means the machine is not idle. */
    private static final double BUSY_LOAD_PER_CORE = 0.5;

    private final IngestOptions options;
    private final String command;
    private final PrintStream out;

    private IngestBenchmark(IngestOptions options, String command, PrintStream out) {
        this.options = options;
        this.command = command;
        this.out = out;
    }

    /** @param args the arguments after {@code ingest} */
    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--help")) {
            System.out.print(IngestOptions.USAGE);
            return;
        }
        IngestOptions options;
        try {
            options = IngestOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(IngestOptions.USAGE);
            System.exit(2);
            return;
        }
        String command = ("./livesurvey benchmark ingest " + String.join(" ", args)).strip();
        try {
            new IngestBenchmark(options, command, System.out).run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // no corpus, or a read that lost records: figures of a broken read would be worthless
            System.err.println("ingest benchmark failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws IOException {
        Path corpus = CorpusDirectory.locate(options.corpus(), Path.of(""));
        MachineFacts machine = MachineFacts.ofThisMachine();
        long maxHeap = Runtime.getRuntime().maxMemory();
        out.printf(Locale.ROOT, "ingest benchmark on %d cores, %s, %s (max heap %,d MB); load average %s%n",
                machine.cores(), machine.memory(), machine.jvm(), maxHeap / 1_000_000, machine.loadAverage());
        MachineFacts.currentLoadAverage().filter(load -> load > BUSY_LOAD_PER_CORE * machine.cores()).ifPresent(load ->
                out.println("warning: the machine is busy already; other work will distort the figures"));
        List<RealPaper> real = RealPapers.load(corpus);
        List<SamplePaper> papers = SamplePapers.generate(real, options.records(), options.seed());
        out.printf(Locale.ROOT, "%,d records per format from the %,d real records of %s%n", papers.size(),
                real.size(), corpus);
        Files.createDirectories(options.dataDirectory());
        ReadMeasurer measurer = new ReadMeasurer(options.warmUps(), options.runs(), out);
        List<ReadResult> results = new ArrayList<>();
        for (SampleWriter writer : SampleWriters.of(options.formats())) {
            List<SampleFile> files = writeFiles(writer, papers);
            ReadResult result = measurer.measure(writer, files);
            out.println(IngestReport.consoleRow(result));
            results.add(result);
        }
        IngestReport.IngestRun run = new IngestReport.IngestRun(options, command, machine, maxHeap,
                corpusName(corpus), real.size(), results);
        writeReport(IngestReport.section(run));
        out.println("results written to " + options.results());
    }

    private List<SampleFile> writeFiles(SampleWriter writer, List<SamplePaper> papers) throws IOException {
        long started = System.nanoTime();
        List<SampleFile> files = SampleFile.write(writer, papers, options.dataDirectory());
        long bytes = files.stream().mapToLong(file -> file.content().length).sum();
        out.printf(Locale.ROOT, "%s: wrote %s in %s (%.1f MB) in %.1f s%n", writer.reader().format(),
                files.size() == 1 ? files.get(0).name() : files.size() + " pages", options.dataDirectory(), bytes / 1e6,
                (System.nanoTime() - started) / 1e9);
        return files;
    }

    private void writeReport(String section) throws IOException {
        Path results = options.results();
        String old = Files.isRegularFile(results) ? Files.readString(results) : "";
        Path parent = results.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(results, ReportSection.INGEST.replaceIn(old, section));
    }

    /** The corpus as the report names it: relative to the working directory, the repository root. */
    private static String corpusName(Path corpus) {
        return Path.of("").toAbsolutePath().relativize(corpus.toAbsolutePath().normalize()).toString();
    }
}
