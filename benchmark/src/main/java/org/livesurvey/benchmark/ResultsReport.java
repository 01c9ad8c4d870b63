package org.livesurvey.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.livesurvey.benchmark.BenchmarkRun.Targets;
import org.livesurvey.benchmark.load.CpuMeter.CpuUsage;
import org.livesurvey.benchmark.load.LevelResult;

/**
 * The Markdown report of a run ({@code benchmark/RESULTS.md}): the figures, the machine, the targets met or missed,
 * and where the time and the CPU went, from the measurements alone.
 */
final class ResultsReport {

    /** Other processes using this much CPU make a level's figures unrepresentative. */
    static final double DISTURBING_CORES = 0.25;
    /** The share of all cores busy from which the CPU counts as the bottleneck. */
    private static final double SATURATED = 0.9;

    private ResultsReport() {
    }

    static String markdown(BenchmarkRun run) {
        StringBuilder md = new StringBuilder();
        md.append("# Search benchmark results\n\n");
        md.append("Written by `").append(run.command()).append("` on ").append(run.machine().date())
                .append(" (UTC). Rerun the same command to replace this file; see `benchmark/README.md` for what is "
                        + "measured and how.\n\n");
        machine(md, run);
        corpus(md, run);
        index(md, run);
        load(md, run);
        targets(md, run);
        limits(md, run);
        return md.toString();
    }

    private static void machine(StringBuilder md, BenchmarkRun run) {
        MachineFacts m = run.machine();
        md.append("## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| cores (`nproc`) | ").append(m.cores()).append(" |\n");
        md.append("| memory | ").append(m.memory()).append(" |\n");
        md.append("| CPU | ").append(m.cpuModel()).append(" |\n");
        md.append("| JVM (benchmark and application) | ").append(m.jvm()).append(" |\n");
        md.append("| OS | ").append(m.os()).append(" |\n");
        md.append("| load average when the run started | ").append(m.loadAverage()).append(" |\n");
        md.append("| application heap | -Xms").append(run.options().appHeap()).append(" -Xmx")
                .append(run.options().appHeap()).append(" |\n\n");
        md.append("The load generator runs on the same machine as the application and shares its cores.\n\n");
    }

    private static void corpus(StringBuilder md, BenchmarkRun run) {
        md.append("## Corpus\n\n");
        md.append(format("%,d synthetic papers (seed %d) learned from the %,d real papers and %d categories of "
                + "`%s`, read and generated in %s; written to PostgreSQL through the ingest sync in %s (%,.0f papers/s), "
                + "after %s to start PostgreSQL, create the database and migrate it.%n%n",
                run.options().papers(), run.options().seed(), run.realPapers(), run.categories(),
                run.options().taxonomy(), seconds(run.generated()), seconds(run.written().synced()),
                run.options().papers() / Math.max(0.001, run.written().synced().toMillis() / 1000.0),
                seconds(run.written().prepared())));
        md.append("| share of papers | real | synthetic |\n|---|---:|---:|\n");
        run.shape().forEach((label, shares) -> md.append(format("| %s | %.1f %% | %.1f %% |%n", label,
                shares[0] * 100, shares[1] * 100)));
        md.append('\n');
    }

    private static void index(StringBuilder md, BenchmarkRun run) {
        md.append("## Full index\n\n");
        md.append(format("The application (its own JVM, embedded Elasticsearch node inside it, PostgreSQL as a "
                + "child process) was ready %s after its process started. Its search index then held all %,d "
                + "papers after **%s** (from readiness until `GET /api/v1/search` counted them all)",
                seconds(run.ready()), run.options().papers(), seconds(run.indexTime())));
        md.append(run.loggedRebuild().map(logged -> "; the application logged the rebuild as " + seconds(logged))
                .orElse("")).append(".");
        md.append(format(" The search node then went on merging segments: the load test began once the application "
                + "had used less than %.1f cores for %d s, %s after the index was complete.%n%n",
                SearchBenchmark.QUIET_CORES, SearchBenchmark.QUIET_WINDOW.toSeconds(), seconds(run.settled())));
    }

    private static void load(StringBuilder md, BenchmarkRun run) {
        md.append("## Load test of `GET /api/v1/search`\n\n");
        md.append(format("Each level: %d s warm-up, then %d s measured (at most %,d requests). Every request has text "
                + "(one to three title words, or a category keyword phrase), zero to three filters drawn from the "
                + "real distributions, and `facets=all`; about one in ten asks for another order or a later page.%n%n",
                run.options().warmUp().toSeconds(), run.options().duration().toSeconds(),
                run.options().maxRequests()));
        run.jitWarmUp().ifPresent(warm -> md.append(format("Before the first level, %d clients searched for %.0f s "
                + "(%,d requests, %.1f req/s, p95 %.1f ms, %,d errors%s; not counted) so that the JIT compiler had "
                + "compiled the hot code, as in a server that has run for a while; compiling took %s of the %.2f "
                + "cores the application used then.%n%n", warm.clients(), warm.seconds(), warm.requests(),
                warm.throughput(), warm.latencyMillis(95), warm.errors(),
                warm.errors() == 0 ? "" : " by status " + warm.statuses(), cores(warm.cpu().jit()),
                warm.cpu().app())));
        md.append("| clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | engine p50 ms "
                + "| engine cache hits | median hits | zero hits | app CPU ms/req | app cores | JIT cores "
                + "| generator cores | other cores |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LevelResult level : run.levels()) {
            CpuUsage cpu = level.cpu();
            md.append(format("| %d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f | %s | %.0f | %.1f %% | %.1f "
                    + "| %.2f | %s | %.2f | %.2f |%n", level.clients(), level.requests(), level.errors(),
                    level.throughput(), level.latencyMillis(50), level.latencyMillis(95), level.latencyMillis(99),
                    level.latencyMillis(100), level.medianEngineMillis(), percent(level.requestCacheHitShare()),
                    level.medianHits(),
                    level.zeroHitShare() * 100, level.appCpuMillisPerRequest(), cpu.app(), cores(cpu.jit()),
                    cpu.loadGenerator(), cpu.other()));
        }
        md.append('\n');
        String statuses = run.levels().stream().filter(level -> level.errors() > 0)
                .map(level -> level.clients() + " clients: " + level.statuses())
                .collect(Collectors.joining("; "));
        if (!statuses.isEmpty()) {
            md.append("Answers by status where there were errors (0 = no answer): ").append(statuses).append(".\n\n");
        }
        md.append("*engine p50*: median of `meta.took_ms`, the time Elasticsearch reports for the search itself. "
                + "*engine cache hits*: the share of the window's searches that the node's shard request cache "
                + "answered (matching and counting skipped; the page is still fetched and highlighted). "
                + "*app CPU ms/req*: CPU time of the application (with its search node and PostgreSQL) per request. "
                + "*JIT cores*: the part of *app cores* that the JVM's JIT compiler threads used. "
                + "*Cores*: CPU time during the measured window divided by its length; *other* is the rest of the "
                + "machine's busy time (other processes).\n\n");
    }

    private static void targets(StringBuilder md, BenchmarkRun run) {
        md.append("## Targets (issue 3)\n\n| target | reached | met |\n|---|---|---|\n");
        Optional<LevelResult> level = run.targetLevel();
        level.ifPresent(l -> {
            boolean p95 = l.latencyMillis(95) <= Targets.P95_MILLIS && l.errors() == 0;
            md.append(format("| p95 ≤ %.0f ms at %d clients, zero errors | p95 %.1f ms, %,d errors at %d clients | "
                            + "%s |%n", Targets.P95_MILLIS, Targets.CLIENTS, l.latencyMillis(95), l.errors(),
                    l.clients(), yesNo(p95 && l.clients() == Targets.CLIENTS)));
            md.append(format("| ≥ %.0f requests/s | %.1f req/s at %d clients | %s |%n", Targets.THROUGHPUT,
                    l.throughput(), l.clients(), yesNo(l.throughput() >= Targets.THROUGHPUT)));
        });
        boolean fullSize = run.options().papers() == Targets.INDEX_PAPERS;
        md.append(format("| full index of %,d papers ≤ %d s | %s for %,d papers | %s |%n%n", Targets.INDEX_PAPERS,
                Targets.INDEX_TIME.toSeconds(), seconds(run.indexTime()), run.options().papers(),
                fullSize ? yesNo(run.indexTime().compareTo(Targets.INDEX_TIME) <= 0) : "n/a (not 100,000 papers)"));
    }

    /** Only what the measurements show: how busy the cores were, and how much of a request the engine accounts for. */
    private static void limits(StringBuilder md, BenchmarkRun run) {
        md.append("## What limits it\n\n");
        List<String> findings = new ArrayList<>();
        int cores = run.machine().cores();
        for (LevelResult level : run.levels()) {
            CpuUsage cpu = level.cpu();
            double busy = Double.isNaN(cpu.machine()) ? cpu.app() + cpu.loadGenerator() : cpu.machine();
            findings.add(format("At %d client%s the machine's %d cores were %.0f %% busy: the application used "
                            + "%.2f cores, the load generator %.2f, other processes %.2f. %s", level.clients(),
                    level.clients() == 1 ? "" : "s", cores, busy / cores * 100, cpu.app(), cpu.loadGenerator(),
                    cpu.other(), verdict(cpu, busy, cores)));
        }
        run.targetLevel().ifPresent(level -> {
            double p50 = level.latencyMillis(50);
            double engine = level.medianEngineMillis();
            if (!Double.isNaN(p50) && !Double.isNaN(engine) && p50 > 0) {
                findings.add(format("At %d clients the search engine accounts for a median %.0f ms of a median "
                        + "%.1f ms request (%.0f %%); the rest is HTTP, Spring MVC, building the query, reading the "
                        + "engine's answer, JSON and waiting for a core.", level.clients(), engine, p50,
                        Math.min(100, engine / p50 * 100)));
            }
        });
        run.targetLevel().ifPresent(level -> findings.add(format("Each request cost the application %.1f ms of "
                + "CPU at %d clients. %d cores serve at most %.0f such requests per second; %.0f req/s needs at "
                + "most %.1f ms per request, less what the load generator takes.", level.appCpuMillisPerRequest(),
                level.clients(), cores, cores * 1000 / level.appCpuMillisPerRequest(), Targets.THROUGHPUT,
                cores * 1000 / Targets.THROUGHPUT)));
        if (run.levels().size() > 1) {
            LevelResult first = run.levels().get(0);
            LevelResult last = run.levels().get(run.levels().size() - 1);
            findings.add(format("Throughput went from %.1f req/s at %d client%s to %.1f req/s at %d clients (%.1f×) "
                    + "while p95 went from %.1f ms to %.1f ms.", first.throughput(), first.clients(),
                    first.clients() == 1 ? "" : "s", last.throughput(), last.clients(),
                    last.throughput() / Math.max(0.001, first.throughput()), first.latencyMillis(95),
                    last.latencyMillis(95)));
        }
        double rate = run.options().papers() / Math.max(0.001, run.indexTime().toMillis() / 1000.0);
        findings.add(format("The full index ran at %,.0f papers/s, with the search engine, the application reading "
                + "the papers and PostgreSQL on the same cores.", rate));
        findings.forEach(finding -> md.append("- ").append(finding).append('\n'));
        md.append('\n');
    }

    private static String verdict(CpuUsage cpu, double busy, int cores) {
        if (cpu.other() >= DISTURBING_CORES) {
            return "Other work took a share of the cores, so this level's figures are pessimistic; rerun on an "
                    + "idle machine.";
        }
        if (busy >= SATURATED * cores) {
            return "The CPU is saturated: more clients only queue.";
        }
        return "The CPU is not saturated: each client waits for its answer before sending again, so latency, "
                + "not CPU, bounds the throughput.";
    }

    private static String cores(double cores) {
        return Double.isNaN(cores) ? "n/a" : format("%.2f", cores);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : format("%.1f %%", share * 100);
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "**no**";
    }

    static String seconds(Duration duration) {
        return format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** The same table rows the report has, for the console. */
    static String consoleRow(LevelResult level) {
        return format("%3d clients: %,9d requests, %,d errors, %8.1f req/s, p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms"
                        + " (engine p50 %.0f ms, cache hits %s, median hits %.0f, app CPU %.1f ms/req; cores: app %.2f, "
                        + "of it JIT %s, generator %.2f, other %.2f)",
                level.clients(), level.requests(), level.errors(), level.throughput(), level.latencyMillis(50),
                level.latencyMillis(95), level.latencyMillis(99), level.medianEngineMillis(),
                percent(level.requestCacheHitShare()), level.medianHits(),
                level.appCpuMillisPerRequest(), level.cpu().app(), cores(level.cpu().jit()), level.cpu().loadGenerator(),
                level.cpu().other());
    }

    /** For the console: the shares as "label real/synthetic". */
    static List<String> shapeLines(Map<String, double[]> shape) {
        List<String> lines = new ArrayList<>();
        shape.forEach((label, shares) -> lines.add(format("  %-32s real %5.1f %%   synthetic %5.1f %%", label,
                shares[0] * 100, shares[1] * 100)));
        return lines;
    }
}
