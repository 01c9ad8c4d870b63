package org.livesurvey.benchmark.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.livesurvey.benchmark.MachineFacts;

/** The ingest section of {@code RESULTS.md}, and the same figures as console lines. */
final class IngestReport {

    private static final double MB = 1e6;

    private IngestReport() {
    }

    /** What stands between the section's markers. */
    static String section(IngestRun run) {
        StringBuilder md = new StringBuilder("\n## Reading metadata files\n\n");
        md.append(format("Written by `%s` on %s (UTC); rerun it to replace this section (the search benchmark "
                + "keeps it). See `benchmark/README.md` for what is measured and how.%n%n", run.command(),
                run.machine().date()));
        md.append(format("Each format: one file of %,d records, made of the %,d real records of `%s` in turn under "
                + "new ids and dates (seed %d). Each file is read from memory with `MetadataFormats.all().read(bytes, "
                + "name)`, which sniffs the format and parses every record: %d warm-up reads, then %d measured. A "
                + "format whose service answers in pages (OpenAlex: 200 works at most) is written as pages, each read on "
                + "its own, and a read is that of all its pages. "
                + "Every read returned every record written, with no problem, through the format's own reader.%n%n",
                run.options().records(), run.realPapers(), run.corpusName(), run.options().seed(),
                run.options().warmUps(), run.options().runs()));
        machine(md, run.machine(), run.maxHeap());
        md.append("| format | MB | records | best s | median s | CPU s | records/s | MB/s | goal records/s | met "
                + "| allocated MB | peak heap MB | retained MB |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
        for (ReadResult result : run.results()) {
            md.append(format("| %s | %.1f | %,d | %.2f | %.2f | %.2f | %,.0f | %.1f | %s | %s | %,.0f | %,.0f | %,.0f |%n",
                    name(result), result.bytes() / MB, result.records(), seconds(result.best()),
                    seconds(result.median()), seconds(result.medianCpu()), result.recordsPerSecond(),
                    result.megabytesPerSecond(), goal(result), met(result), result.medianAllocatedBytes() / MB,
                    result.peakHeapBytes() / MB, result.retainedBytes() / MB));
        }
        md.append("""

                *records/s*, *MB/s*: of the median read (MB = 10⁶ bytes). *CPU s*: CPU time of the reading thread \
                in its reads (median); a wall time above it is time spent waiting for a core or for the garbage \
                collector. *allocated*: what the reading thread allocated in a read (median). *peak heap*: the most \
                heap in use during a read above the use before it, an upper bound (the sum of the heap pools' peaks). \
                *retained*: the heap that the records of a read hold. Goals: ≥ 20,000 records/s for the JSON formats, \
                ≥ 5,000 records/s for BibTeX and the XML formats; none is set for RIS.
                """);
        return md.append('\n').toString();
    }

    private static void machine(StringBuilder md, MachineFacts m, long maxHeap) {
        md.append("| machine | |\n|---|---|\n");
        md.append("| cores (`nproc`) | ").append(m.cores()).append(" |\n");
        md.append("| memory | ").append(m.memory()).append(" |\n");
        md.append("| CPU | ").append(m.cpuModel()).append(" |\n");
        md.append("| JVM | ").append(m.jvm()).append(format(", max heap %.1f GiB", maxHeap / 1024.0 / 1024 / 1024))
                .append(" |\n");
        md.append("| OS | ").append(m.os()).append(" |\n");
        md.append("| load average when the run started | ").append(m.loadAverage()).append(" |\n\n");
    }

    /** One line per format for the console, once its reads are done. */
    static String consoleRow(ReadResult result) {
        return format("  %-46s %7.1f MB %,9d records  best %6.2f s  median %6.2f s (CPU %6.2f s)  %,8.0f records/s"
                        + "  %6.1f MB/s  goal %s: %s  allocated %,.0f MB, peak heap %,.0f MB, retained %,.0f MB",
                name(result), result.bytes() / MB, result.records(), seconds(result.best()),
                seconds(result.median()), seconds(result.medianCpu()), result.recordsPerSecond(),
                result.megabytesPerSecond(), goal(result), met(result).replace("*", ""),
                result.medianAllocatedBytes() / MB, result.peakHeapBytes() / MB, result.retainedBytes() / MB);
    }

    /** The format, and how many files its records are in when they are pages of a service's answer. */
    private static String name(ReadResult result) {
        return result.files() == 1 ? result.format() : format("%s, %,d pages", result.format(), result.files());
    }

    private static String goal(ReadResult result) {
        int goal = result.syntax().goalRecordsPerSecond();
        return goal == 0 ? "none" : format("≥ %,d", goal);
    }

    private static String met(ReadResult result) {
        Boolean met = result.goalMet();
        return met == null ? "–" : met ? "yes" : "**no**";
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** Everything the section reports. */
    record IngestRun(IngestOptions options, String command, MachineFacts machine, long maxHeap, String corpusName,
                     int realPapers, List<ReadResult> results) {
    }
}
