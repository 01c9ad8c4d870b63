package org.livesurvey.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reader needs to compare two runs: cores, memory, CPU model, the JVM (the application runs on the same one),
 * how busy the machine already was, and when the run was made.
 */
public record MachineFacts(int cores, String memory, String cpuModel, String jvm, String os, String loadAverage,
                    Instant date) {

    public static MachineFacts ofThisMachine() {
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal").map(MachineFacts::gibibytes).orElse("unknown"),
                procLine("/proc/cpuinfo", "model name").orElse("unknown"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                currentLoadAverage().map(load -> String.format(Locale.ROOT, "%.2f", load)).orElse("unknown"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The one-minute load average: other work running when the benchmark starts will disturb it. */
    public static Optional<Double> currentLoadAverage() {
        try {
            return Optional.of(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The value after the colon of the first line that starts with the key. */
    private static Optional<String> procLine(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 24576000 kB} as {@code 23.4 GiB}. */
    private static String gibibytes(String meminfoValue) {
        try {
            long kib = Long.parseLong(meminfoValue.replace("kB", "").strip());
            return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return meminfoValue;
        }
    }
}
