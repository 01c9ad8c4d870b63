package org.livesurvey.reproduction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Experiments that misbehave on purpose, in a directory of their own (never in runner/experiments): each a
 * {@code run.py} that the runner starts as it starts a real one. Plain Python, no PyTorch: they start in milliseconds.
 */
final class FakeExperiments {

    /** Writes a contract-conforming result whose metrics are its --param values. */
    static final String FAST = """
            import argparse, json
            parser = argparse.ArgumentParser()
            parser.add_argument("--config"); parser.add_argument("--seed", type=int); parser.add_argument("--output")
            parser.add_argument("--param", action="append", default=[])
            arguments = parser.parse_args()
            metrics = {key: float(value) for key, value in (p.split("=", 1) for p in arguments.param)}
            print("measuring", len(metrics), "metrics")
            result = {"experiment": "fast", "experiment_version": "2", "config": arguments.config,
                      "seed": arguments.seed, "parameters": {}, "started_at": "2025-06-01T12:00:00Z",
                      "finished_at": "2025-06-01T12:00:01Z", "duration_s": 1.0, "peak_memory_mb": 10.0,
                      "scale": "a fake experiment of the runner's tests", "metrics": metrics, "details": {},
                      "environment": {"python": "3", "torch": "none", "numpy": "none", "device": "cpu",
                                      "cpu_model": "test CPU", "cpu_count": 1, "torch_threads": 1,
                                      "gpu_model": None, "cuda_version": None, "platform": "test"}}
            with open(arguments.output, "w") as handle:
                json.dump(result, handle)
            """;

    /** Starts a child that sleeps, writes the child's pid to --param pid_file=..., then hangs itself. */
    static final String HANGS = """
            import os, subprocess, sys, time
            pid_file = [p.split("=", 1)[1] for p in sys.argv if p.startswith("pid_file=")][0]
            child = subprocess.Popen(["sleep", "600"])
            print("started child", child.pid, flush=True)
            with open(pid_file + ".partial", "w") as handle:
                handle.write(str(child.pid))
            os.replace(pid_file + ".partial", pid_file)
            time.sleep(600)
            """;

    static final String CRASHES = """
            import sys
            print("loading the task")
            sys.stderr.write("Traceback (most recent call last):\\nValueError: the knowledge base is empty\\n")
            sys.exit(3)
            """;

    /** A result whose metric is text and that lacks its scale. */
    static final String MALFORMED = """
            import json, sys
            output = sys.argv[sys.argv.index("--output") + 1]
            json.dump({"experiment": "malformed", "experiment_version": "1", "config": "smoke", "seed": 0,
                       "parameters": {}, "started_at": "2025-06-01T12:00:00Z", "finished_at": "2025-06-01T12:00:01Z",
                       "duration_s": 1, "peak_memory_mb": 1, "metrics": {"reduction": "high"}, "details": {},
                       "environment": {"python": "3", "torch": "none", "numpy": "none", "device": "cpu",
                                       "cpu_model": "x", "cpu_count": 1, "torch_threads": 1, "gpu_model": None,
                                       "cuda_version": None, "platform": "test"}}, open(output, "w"))
            """;

    static final String WRITES_NOTHING = """
            print("done, but forgot the result")
            """;

    private FakeExperiments() {
    }

    /** A fresh experiments directory with fast, hangs, crashes, malformed and writes-nothing. */
    static Path create(Path directory) {
        try {
            write(directory, "fast", FAST);
            write(directory, "hangs", HANGS);
            write(directory, "crashes", CRASHES);
            write(directory, "malformed", MALFORMED);
            write(directory, "writes-nothing", WRITES_NOTHING);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path directory, String experiment, String script) throws IOException {
        Files.createDirectories(directory.resolve(experiment));
        Files.writeString(directory.resolve(experiment).resolve("run.py"), script);
    }
}
