package org.livesurvey.benchmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real application, started from its jar as a child process on a data directory, bound to the loopback
 * interface on a free port. The start-up sync is off (the corpus is already in the database) and so is the per-client
 * rate limit, since every request of a load test comes from one address. Its output goes to a log file.
 */
public final class AppUnderTest implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern META_COUNT = Pattern.compile("\"meta\"\\s*:\\s*\\{[^}]*\"count\"\\s*:\\s*(\\d+)");
    /** What the search indexer logs when a full rebuild is done (PaperIndexer). */
    private static final Pattern REBUILT = Pattern.compile("built with (\\d+) papers in (\\d+) ms");
    /** What the embedded search node logs when it is up (EmbeddedElasticsearch). */
    private static final Pattern ENGINE_READY = Pattern.compile("Elasticsearch \\S+ ready on ([\\w.\\[\\]:-]+:\\d+)");

    private final Process process;
    private final URI base;
    private final Path log;
    private final long startedAt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AppUnderTest(Process process, URI base, Path log, long startedAt) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startedAt = startedAt;
    }

    /**
     * @param heap for {@code -Xms} and {@code -Xmx}, e.g. {@code 2g}: the embedded search node sizes its circuit
     *             breakers from it
     */
    public static AppUnderTest start(Path jar, Path dataDirectory, String heap, Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no application jar at " + jar + "; build it with ./mvnw -DskipTests "
                    + "package");
        }
        int port = freePort();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap,
                "-jar", jar.toAbsolutePath().toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--livesurvey.data-dir=" + dataDirectory.toAbsolutePath(),
                "--livesurvey.sync-on-startup=false",
                "--livesurvey.rate-limit.enabled=false");
        Files.createDirectories(log.toAbsolutePath().getParent());
        long startedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new AppUnderTest(process, URI.create("http://127.0.0.1:" + port), log, startedAt);
    }

    public URI base() {
        return base;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    /**
     * Waits until the readiness probe answers 200.
     *
     * @return the time since the process was started
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (status("/actuator/health/readiness").orElse(0) != 200) {
            checkAlive();
            checkDeadline(deadline, timeout, "ready");
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /**
     * Waits until a search over everything counts {@code papers} papers: the index is complete and searched.
     *
     * @return the time since the process was started
     */
    public Duration awaitIndexed(long papers, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (indexedPapers().orElse(-1L) != papers) {
            checkAlive();
            checkDeadline(deadline, timeout, "searchable with all " + papers + " papers");
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** How many papers a search without text or filters finds; empty while the search answers anything but 200. */
    public Optional<Long> indexedPapers() {
        return get("/api/v1/search?per_page=1").filter(r -> r.statusCode() == 200)
                .map(r -> META_COUNT.matcher(r.body()))
                .filter(Matcher::find)
                .map(m -> Long.parseLong(m.group(1)));
    }

    /** The duration of the last full index rebuild, as the application logged it; empty when it logged none. */
    public Optional<Duration> loggedRebuild() throws IOException {
        Matcher matcher = REBUILT.matcher(Files.readString(log));
        Duration last = null;
        while (matcher.find()) {
            last = Duration.ofMillis(Long.parseLong(matcher.group(2)));
        }
        return Optional.ofNullable(last);
    }

    /** The embedded search node's HTTP address, as the application logged it; empty when it logged none. */
    public Optional<URI> searchEngine() throws IOException {
        Matcher matcher = ENGINE_READY.matcher(Files.readString(log));
        return matcher.find() ? Optional.of(URI.create("http://" + matcher.group(1))) : Optional.empty();
    }

    /**
     * Stops the application as an operator would (SIGTERM, graceful shutdown, which also stops its PostgreSQL), and
     * kills it with what it started if it is still there after a minute.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private Optional<Integer> status(String path) {
        return get(path).map(HttpResponse::statusCode);
    }

    private Optional<HttpResponse<String>> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the application exited with status " + process.exitValue()
                    + "; see " + log);
        }
    }

    private static void checkDeadline(long deadline, Duration timeout, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the application was not " + what + " within " + timeout);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }
}
