package org.livesurvey.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.benchmark.corpus.SyntheticCorpus;

/**
 * The benchmark's command-line options, each {@code --name value}; paths are relative to the working directory, which
 * {@code ./livesurvey benchmark} sets to the repository root.
 */
record BenchmarkOptions(
        int papers,
        long seed,
        Duration jitWarmUp,
        Duration warmUp,
        Duration duration,
        List<Integer> clients,
        long maxRequests,
        Path taxonomy,
        Path dataDirectory,
        Path appJar,
        String appHeap,
        Duration indexTimeout,
        Path results) {

    static final String USAGE = """
            usage: ./livesurvey benchmark [options]
              --papers N          synthetic papers to generate and index (default 100000)
              --duration S        measured seconds per concurrency level (default 30)
              --jit-warmup S      seconds of load before the first level, for the JIT to compile the hot code (default 120)
              --warmup S          seconds of warm-up before each level is measured (default 10)
              --clients A,B,C     concurrent clients of the levels (default 1,8,32)
              --max-requests N    most requests measured per level (default 1000000)
              --seed N            seed of the corpus and of the queries (default %d)
              --taxonomy DIR      the real taxonomy to learn the corpus from (default taxonomy)
              --data-dir DIR      the benchmark's own data directory, wiped first (default benchmark/target/benchmark-data)
              --app-jar FILE      the application (default backend/target/livesurvey.jar)
              --app-heap SIZE     -Xms/-Xmx of the application (default 2g)
              --index-timeout S   how long indexing may take before the run gives up (default 3600)
              --results FILE      where the Markdown report goes (default benchmark/RESULTS.md)
            ./livesurvey benchmark ingest [options] measures reading metadata files instead (its --help says more)
            """.formatted(SyntheticCorpus.DEFAULT_SEED);

    private static final Map<String, String> DEFAULTS = defaults();

    /**
     * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad one
     */
    static BenchmarkOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !DEFAULTS.containsKey(name.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name.substring(2), args[++i]);
        }
        return new BenchmarkOptions(
                (int) positive(values, "papers"),
                number(values, "seed"),
                seconds(values, "jit-warmup", 0),
                seconds(values, "warmup", 0),
                seconds(values, "duration", 1),
                clients(values.get("clients")),
                positive(values, "max-requests"),
                Path.of(values.get("taxonomy")),
                Path.of(values.get("data-dir")),
                Path.of(values.get("app-jar")),
                heap(values.get("app-heap")),
                seconds(values, "index-timeout", 1),
                Path.of(values.get("results")));
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("papers", "100000");
        defaults.put("duration", "30");
        defaults.put("jit-warmup", "120");
        defaults.put("warmup", "10");
        defaults.put("clients", "1,8,32");
        defaults.put("max-requests", "1000000");
        defaults.put("seed", Long.toString(SyntheticCorpus.DEFAULT_SEED));
        defaults.put("taxonomy", "taxonomy");
        defaults.put("data-dir", "benchmark/target/benchmark-data");
        defaults.put("app-jar", "backend/target/livesurvey.jar");
        defaults.put("app-heap", "2g");
        defaults.put("index-timeout", "3600");
        defaults.put("results", "benchmark/RESULTS.md");
        return defaults;
    }

    private static long number(Map<String, String> values, String name) {
        try {
            return Long.parseLong(values.get(name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + values.get(name) + "'");
        }
    }

    private static long positive(Map<String, String> values, String name) {
        long value = number(values, name);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--" + name + " must be between 1 and " + Integer.MAX_VALUE);
        }
        return value;
    }

    private static Duration seconds(Map<String, String> values, String name, long minimum) {
        long value = number(values, name);
        if (value < minimum) {
            throw new IllegalArgumentException("--" + name + " must be at least " + minimum + " seconds");
        }
        return Duration.ofSeconds(value);
    }

    private static List<Integer> clients(String text) {
        List<Integer> clients = new ArrayList<>();
        for (String part : Arrays.asList(text.split(","))) {
            try {
                int count = Integer.parseInt(part.strip());
                if (count < 1 || count > 1_000) {
                    throw new NumberFormatException();
                }
                clients.add(count);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--clients takes numbers from 1 to 1000 joined by commas, not '"
                        + text + "'");
            }
        }
        return List.copyOf(clients);
    }

    private static String heap(String text) {
        if (!text.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("--app-heap takes a JVM size such as 2g or 1536m, not '" + text + "'");
        }
        return text;
    }
}
