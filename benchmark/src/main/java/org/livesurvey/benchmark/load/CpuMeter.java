package org.livesurvey.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time goes while a level runs: the application (its JVM with the embedded search node, plus
 * its PostgreSQL processes), this load generator, and the machine as a whole, whose busy time beyond those two is
 * other work that shared the cores. Figures are in cores: 1.0 means one core busy for the whole window.
 */
public final class CpuMeter {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux's USER_HZ is 100 on every common architecture. */
    private static final long TICK_NANOS = 10_000_000L;

    private final ProcessHandle app;

    public CpuMeter(ProcessHandle app) {
        this.app = app;
    }

    /**
     * Waits until the application uses less than {@code cores} over a whole {@code window}: after a full index the
     * search node still merges segments for a while, which would otherwise be charged to the first load level.
     *
     * @return how long it took; {@code timeout} when the application never became that quiet
     */
    public Duration awaitQuiet(double cores, Duration window, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < timeout.toNanos()) {
            Snapshot before = snapshot();
            Thread.sleep(window.toMillis());
            if (between(before, snapshot()).app() < cores) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
        }
        return timeout;
    }

    Snapshot snapshot() {
        long appNanos = Stream.concat(Stream.of(app), app.descendants()).mapToLong(CpuMeter::cpuNanos).sum();
        return new Snapshot(System.nanoTime(), appNanos, compilerNanos(app.pid()),
                cpuNanos(ProcessHandle.current()), machineTicks());
    }

    static CpuUsage between(Snapshot before, Snapshot after) {
        double wall = after.wallNanos - before.wallNanos;
        double machineBusy = Double.NaN;
        if (before.machine.isPresent() && after.machine.isPresent()) {
            long[] from = before.machine.get();
            long[] to = after.machine.get();
            double total = to[1] - from[1];
            machineBusy = total <= 0 ? Double.NaN
                    : (to[0] - from[0]) / total * Runtime.getRuntime().availableProcessors();
        }
        double compiling = before.compilerNanos < 0 || after.compilerNanos < 0 ? Double.NaN
                : (after.compilerNanos - before.compilerNanos) / wall;
        return new CpuUsage((after.appNanos - before.appNanos) / wall, compiling,
                (after.selfNanos - before.selfNanos) / wall, machineBusy);
    }

    /**
     * CPU time of the JVM's JIT compiler threads ({@code C1 CompilerThre}, {@code C2 CompilerThre} in
     * {@code /proc/<pid>/task/<tid>/stat}, in clock ticks of 10 ms); -1 where that cannot be read.
     */
    private static long compilerNanos(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.mapToLong(CpuMeter::compilerTicks).sum() * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long compilerTicks(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0; // the thread has ended
        }
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Busy and total jiffies of all cores from the first line of {@code /proc/stat}; empty where there is none. */
    private static Optional<long[]> machineTicks() {
        try (Stream<String> lines = Files.lines(PROC_STAT)) {
            String[] fields = lines.findFirst().orElse("").trim().split("\\s+");
            if (fields.length < 5 || !fields[0].equals("cpu")) {
                return Optional.empty();
            }
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is already inside user and nice
            int counted = Math.min(fields.length, 9);
            for (int i = 1; i < counted; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
            return Optional.of(new long[] {total - idle, total});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    record Snapshot(long wallNanos, long appNanos, long compilerNanos, long selfNanos, Optional<long[]> machine) {
    }

    /**
     * @param app           cores used by the application and its database
     * @param jit           of those, cores used by the application's JIT compiler; {@code NaN} where unknown
     * @param loadGenerator cores used by this process, which sends the requests
     * @param machine       cores busy on the whole machine; {@code NaN} where unknown
     */
    public record CpuUsage(double app, double jit, double loadGenerator, double machine) {

        /** Cores busy with work that is neither the application nor the load generator. */
        public double other() {
            return Double.isNaN(machine) ? Double.NaN : Math.max(0, machine - app - loadGenerator);
        }
    }
}
