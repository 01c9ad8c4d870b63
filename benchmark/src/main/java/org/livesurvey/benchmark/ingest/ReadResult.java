package org.livesurvey.benchmark.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The measured reads of one format's file.
 *
 * @param format          the reader's name of the format
 * @param files           how many files the records were written to (pages of a service's answer)
 * @param wallTimes       of the measured reads, in order
 * @param cpuTimes        CPU time of the reading thread in each measured read
 * @param allocatedBytes  what the reading thread allocated in each measured read
 * @param peakHeapBytes   the most heap in use during a measured read above the use before it (an upper bound: the
 *                        sum of the heap pools' peaks)
 * @param retainedBytes   heap the batch of the last read held after a full collection
 */
record ReadResult(String key, String format, Syntax syntax, int files, long bytes, int records,
                  List<Duration> wallTimes, List<Duration> cpuTimes, List<Long> allocatedBytes, long peakHeapBytes,
                  long retainedBytes) {

    ReadResult {
        wallTimes = List.copyOf(wallTimes);
        cpuTimes = List.copyOf(cpuTimes);
        allocatedBytes = List.copyOf(allocatedBytes);
    }

    Duration best() {
        return wallTimes.stream().min(Duration::compareTo).orElseThrow();
    }

    Duration median() {
        return Medians.ofDurations(wallTimes);
    }

    Duration medianCpu() {
        return Medians.ofDurations(cpuTimes);
    }

    long medianAllocatedBytes() {
        return Medians.of(allocatedBytes);
    }

    /** From the median read. */
    double recordsPerSecond() {
        return records / seconds(median());
    }

    /** Millions of bytes per second, from the median read. */
    double megabytesPerSecond() {
        return bytes / 1e6 / seconds(median());
    }

    /** Whether the median read reached the goal; {@code null} when the format has none. */
    Boolean goalMet() {
        int goal = syntax.goalRecordsPerSecond();
        return goal == 0 ? null : recordsPerSecond() >= goal;
    }

    private static double seconds(Duration duration) {
        return Math.max(1e-9, duration.toNanos() / 1e9);
    }
}
