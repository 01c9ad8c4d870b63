package org.livesurvey.benchmark.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options of {@code ./livesurvey benchmark ingest}, each {@code --name value}. */
record IngestOptions(int records, int warmUps, int runs, long seed, Path corpus, List<String> formats,
                     Path dataDirectory, Path results) {

    static final String USAGE = """
            usage: ./livesurvey benchmark ingest [options]
              --records N       records per format file (default 100000)
              --warmup N        unmeasured reads of each file first (default 3)
              --runs N          measured reads of each file (default 5)
              --seed N          seed of the ids, dates and venues (default %d)
              --corpus DIR      the corpus whose real records the files are made of
                                (default: shared/corpus beside the repository)
              --formats A,B     only these formats (default all: %s)
              --data-dir DIR    where the generated files are written (default benchmark/target/ingest-benchmark)
              --results FILE    the report whose ingest section is replaced (default benchmark/RESULTS.md)
            """.formatted(SamplePapers.DEFAULT_SEED, String.join(",", SampleWriters.keys()));

    /** @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad one */
    static IngestOptions parse(String... args) {
        Map<String, String> values = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !values.containsKey(name.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name.substring(2), args[++i]);
        }
        String corpus = values.get("corpus");
        return new IngestOptions(
                (int) number(values, "records", 1),
                (int) number(values, "warmup", 0),
                (int) number(values, "runs", 1),
                number(values, "seed", Long.MIN_VALUE),
                corpus.isEmpty() ? null : Path.of(corpus),
                formats(values.get("formats")),
                Path.of(values.get("data-dir")),
                Path.of(values.get("results")));
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("records", "100000");
        defaults.put("warmup", "3");
        defaults.put("runs", "5");
        defaults.put("seed", Long.toString(SamplePapers.DEFAULT_SEED));
        defaults.put("corpus", "");
        defaults.put("formats", String.join(",", SampleWriters.keys()));
        defaults.put("data-dir", "benchmark/target/ingest-benchmark");
        defaults.put("results", "benchmark/RESULTS.md");
        return defaults;
    }

    private static long number(Map<String, String> values, String name, long minimum) {
        long value;
        try {
            value = Long.parseLong(values.get(name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a whole number, not '" + values.get(name) + "'");
        }
        long maximum = name.equals("seed") ? Long.MAX_VALUE : Integer.MAX_VALUE;
        if (value < minimum || value > maximum) {
            throw new IllegalArgumentException("--" + name + " must be between " + minimum + " and " + maximum);
        }
        return value;
    }

    private static List<String> formats(String text) {
        List<String> formats = new ArrayList<>();
        for (String part : text.split(",")) {
            String key = part.strip();
            if (!SampleWriters.keys().contains(key)) {
                throw new IllegalArgumentException("--formats takes some of " + String.join(",", SampleWriters.keys())
                        + ", not '" + key + "'");
            }
            if (!formats.contains(key)) {
                formats.add(key);
            }
        }
        return List.copyOf(formats);
    }
}
