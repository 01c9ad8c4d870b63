package org.livesurvey.benchmark.ingest;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataFormats;
import org.livesurvey.ingest.source.ReadProblem;

/**
 * Reads one file again and again with {@code MetadataFormats.all().read(bytes, name)}: unmeasured warm-up reads for
 * the JIT compiler, then measured ones. Every read is checked, warm-ups too: the chosen reader must be the format's,
 * every record generated must come back and no problem may be reported, or the benchmark would measure a broken read.
 * A full collection before each read gives each the same empty heap.
 */
final class ReadMeasurer {

    private final int warmUps;
    private final int runs;
    private final PrintStream out;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    ReadMeasurer(int warmUps, int runs, PrintStream out) {
        this.warmUps = warmUps;
        this.runs = runs;
        this.out = out;
    }

    /**
     * Reads every file of the format once per run; a run's time is that of all its reads.
     *
     * @throws IllegalStateException when a read is not what its file holds
     */
    ReadResult measure(SampleWriter writer, List<SampleFile> files) {
        List<Duration> wallTimes = new ArrayList<>();
        List<Duration> cpuTimes = new ArrayList<>();
        List<Long> allocated = new ArrayList<>();
        long peak = 0;
        long retained = 0;
        out.printf(Locale.ROOT, "  reading (%d warm-up, %d measured):", warmUps, runs);
        for (int run = 0; run < warmUps + runs; run++) {
            System.gc();
            long baseline = heapUsed();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            List<MetadataBatch> batches = new ArrayList<>(files.size());
            long start = System.nanoTime();
            for (SampleFile file : files) {
                batches.add(MetadataFormats.all().read(file.content(), file.name()));
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuBefore);
            long allocatedBytes = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long peakBytes = heapPeak() - baseline;
            for (int i = 0; i < files.size(); i++) {
                check(writer, files.get(i), batches.get(i));
            }
            out.printf(Locale.ROOT, " %s%.2f s", run < warmUps ? "(" : "", wall.toNanos() / 1e9);
            out.print(run < warmUps ? ")" : "");
            if (run >= warmUps) {
                wallTimes.add(wall);
                cpuTimes.add(cpu);
                allocated.add(allocatedBytes);
                peak = Math.max(peak, peakBytes);
            }
            if (run == warmUps + runs - 1) {
                System.gc();
                retained = heapUsed() - baseline;
            }
            Reference.reachabilityFence(batches);
        }
        out.println();
        long bytes = files.stream().mapToLong(file -> file.content().length).sum();
        int records = files.stream().mapToInt(SampleFile::records).sum();
        return new ReadResult(writer.key(), writer.reader().format(), writer.syntax(), files.size(), bytes, records,
                wallTimes, cpuTimes, allocated, peak, retained);
    }

    private static void check(SampleWriter writer, SampleFile file, MetadataBatch batch) {
        String expected = writer.reader().format();
        if (!batch.format().equals(expected)) {
            throw new IllegalStateException(file.name() + " was read as " + batch.format() + ", not as "
                    + expected + ": content sniffing chose the wrong reader");
        }
        int records = file.records();
        if (batch.records().size() != records || !batch.problems().isEmpty()) {
            String problems = batch.problems().stream().limit(3).map(ReadProblem::toString)
                    .collect(Collectors.joining("; "));
            throw new IllegalStateException(String.format(Locale.ROOT, "%s (%s): read %,d records of the %,d written,"
                            + " with %,d problems%s", file.name(), expected, batch.records().size(), records,
                    batch.problems().size(), problems.isEmpty() ? "" : "; the first: " + problems));
        }
    }

    private long heapUsed() {
        return heapPools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private long heapPeak() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
