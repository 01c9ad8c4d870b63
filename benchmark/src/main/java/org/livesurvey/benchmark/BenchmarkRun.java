package org.livesurvey.benchmark;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.livesurvey.benchmark.corpus.CorpusDatabase;
import org.livesurvey.benchmark.load.LevelResult;

/**
 * Everything one run measured, for the report.
 *
 * @param command       the command line as typed
 * @param shape         real and synthetic shares by label (see {@code CorpusShape})
 * @param generated     time to learn from the taxonomy and generate the papers in memory
 * @param ready         from starting the application's process to its readiness probe answering 200
 * @param indexed       from starting the application's process to a search counting every paper
 * @param loggedRebuild the full rebuild's duration as the application logged it, when it did
 * @param settled       how long after the index was complete the application kept a core busy (segment merges)
 * @param jitWarmUp     the unmeasured load before the levels, when there was one
 */
record BenchmarkRun(
        BenchmarkOptions options,
        String command,
        MachineFacts machine,
        int realPapers,
        int categories,
        Map<String, double[]> shape,
        Duration generated,
        CorpusDatabase.Written written,
        Duration ready,
        Duration indexed,
        Optional<Duration> loggedRebuild,
        Duration settled,
        Optional<LevelResult> jitWarmUp,
        List<LevelResult> levels) {

    /** Full index time: the rebuild starts when the application is ready and ends when searches see every paper. */
    Duration indexTime() {
        return indexed.minus(ready);
    }

    /** The level the targets are judged at: 32 clients, or the most clients run when 32 was not. */
    Optional<LevelResult> targetLevel() {
        return levels.stream().filter(level -> level.clients() == Targets.CLIENTS).findFirst()
                .or(() -> levels.stream().max(Comparator.comparingInt(LevelResult::clients)));
    }

    /** The targets for this 2-core machine. */
    static final class Targets {

        static final int CLIENTS = 32;
        static final double P95_MILLIS = 50;
        static final double THROUGHPUT = 300;
        static final int INDEX_PAPERS = 100_000;
        static final Duration INDEX_TIME = Duration.ofSeconds(60);

        private Targets() {
        }
    }
}
