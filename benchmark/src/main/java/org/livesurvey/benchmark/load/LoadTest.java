package org.livesurvey.benchmark.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.livesurvey.benchmark.load.RequestCacheMeter.Counters;

/**
 * A closed-loop load test of the search API: each client sends one search, waits for the answer, and sends the next,
 * with no pause. A level first warms up (answers not counted), then measures for a fixed time or until a fixed
 * number of requests was sent, whichever comes first. A request counts for the window it started in.
 */
public final class LoadTest {

    /** An answer later than this is counted as an error, not waited for. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI base;
    private final QueryMix queries;
    private final CpuMeter cpu;
    private final Optional<RequestCacheMeter> requestCache;
    private final long seed;

    /**
     * @param base         the application's root, e.g. {@code http://127.0.0.1:8080}
     * @param requestCache the search node's cache counters, when its address is known
     */
    public LoadTest(URI base, QueryMix queries, CpuMeter cpu, Optional<RequestCacheMeter> requestCache, long seed) {
        // one client for all: its connection pool keeps one connection per busy client thread open
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.queries = queries;
        this.cpu = cpu;
        this.requestCache = requestCache;
        this.seed = seed;
    }

    /**
     * @param maxRequests the most requests the measured window sends
     */
    public LevelResult run(int clients, Duration warmUp, Duration measured, long maxRequests)
            throws InterruptedException {
        long now = System.nanoTime();
        Window window = new Window(now + warmUp.toNanos(), now + warmUp.toNanos() + measured.toNanos(), maxRequests);
        List<Client> running = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(window, new Random(seed * 1_000 + clients * 100L + i), finished);
            running.add(client);
            Thread thread = new Thread(client, "search-client-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        sleepUntil(window.start);
        CpuMeter.Snapshot before = cpu.snapshot();
        Optional<Counters> cachedBefore = requestCache.flatMap(RequestCacheMeter::read);
        // clients stop sending at the window's end, or earlier once the request budget is spent
        finished.await(Math.max(0, window.end - System.nanoTime()), TimeUnit.NANOSECONDS);
        CpuMeter.Snapshot after = cpu.snapshot();
        Optional<Counters> cached = requestCache.flatMap(RequestCacheMeter::read)
                .flatMap(counted -> cachedBefore.map(counted::since));
        if (!finished.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients still busy " + REQUEST_TIMEOUT + " after the window closed");
        }
        return result(clients, window, running, CpuMeter.between(before, after), cached.orElse(null));
    }

    private LevelResult result(int clients, Window window, List<Client> running, CpuMeter.CpuUsage usage,
                               Counters cached) {
        Map<Integer, Long> statuses = new TreeMap<>();
        running.forEach(client -> client.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum)));
        long[] latencies = LongList.concat(running.stream().map(c -> c.latencyNanos).toList());
        long[] hits = LongList.concat(running.stream().map(c -> c.hits).toList());
        long[] engine = LongList.concat(running.stream().map(c -> c.engineMillis).toList());
        long windowEnd = Math.min(window.end, window.budgetSpentAt.get());
        double seconds = (windowEnd - window.start) / 1e9;
        return new LevelResult(clients, latencies.length, statuses, seconds, Percentiles.of(latencies),
                Percentiles.of(hits), Percentiles.of(engine), usage, cached);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /** The measured window and the request budget, shared by the clients of one level. */
    private static final class Window {

        final long start;
        final long end;
        final long maxRequests;
        final AtomicLong admitted = new AtomicLong();
        final AtomicLong budgetSpentAt = new AtomicLong(Long.MAX_VALUE);

        Window(long start, long end, long maxRequests) {
            this.start = start;
            this.end = end;
            this.maxRequests = maxRequests;
        }

        /** Whether a request that starts now is measured; false once the budget is spent. */
        boolean admit(long now) {
            if (admitted.incrementAndGet() <= maxRequests) {
                return true;
            }
            budgetSpentAt.compareAndSet(Long.MAX_VALUE, now);
            return false;
        }
    }

    /** One simulated user; records only what it sent inside the measured window. */
    private final class Client implements Runnable {

        final Window window;
        final Random random;
        final CountDownLatch finished;
        final LongList latencyNanos = new LongList();
        final LongList hits = new LongList();
        final LongList engineMillis = new LongList();
        final Map<Integer, Long> statuses = new TreeMap<>();

        Client(Window window, Random random, CountDownLatch finished) {
            this.window = window;
            this.random = random;
            this.finished = finished;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(queries.next(random)))
                            .timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build();
                    long begin = System.nanoTime();
                    if (begin >= window.end) {
                        return;
                    }
                    boolean measured = begin >= window.start;
                    if (measured && !window.admit(begin)) {
                        return;
                    }
                    Answer answer = send(request);
                    long took = System.nanoTime() - begin;
                    if (measured) {
                        record(answer, took);
                    }
                }
            } finally {
                finished.countDown();
            }
        }

        private void record(Answer answer, long tookNanos) {
            statuses.merge(answer.status, 1L, Long::sum);
            latencyNanos.add(tookNanos);
            if (answer.status == 200) {
                hits.add(answer.count);
                engineMillis.add(answer.engineMillis);
            }
        }

        private Answer send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                return new Answer(response.statusCode(), SearchAnswer.number(body, "count"),
                        SearchAnswer.number(body, "took_ms"));
            } catch (IOException e) {
                return Answer.NO_ANSWER;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Answer.NO_ANSWER;
            }
        }
    }

    /**
     * @param status the HTTP status, or {@link LevelResult#NO_ANSWER} for a connection failure or timeout
     */
    private record Answer(int status, long count, long engineMillis) {

        static final Answer NO_ANSWER = new Answer(LevelResult.NO_ANSWER, -1, -1);
    }
}
