package org.livesurvey.ingest.harvest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.livesurvey.ingest.metadata.Fixtures;

/**
 * A real HTTP server on a free local port that answers with scripted replies, one per request in order (then the
 * last {@link #always} reply, or a 404), and records each request with the time of the given clock.
 */
public final class ReplayServer implements AutoCloseable {

    /** A request as the server saw it; the parameters decoded, in their order. */
    public record Request(String path, Map<String, String> parameters, String userAgent, Instant at) {
    }

    private enum Hang { NEVER, BEFORE_HEADERS, MID_BODY }

    private record Reply(int status, String contentType, byte[] body, String retryAfter, Hang hang) {
    }

    private static final Reply UNSCRIPTED = new Reply(404, "text/plain",
            "no reply scripted for this request".getBytes(StandardCharsets.UTF_8), null, Hang.NEVER);

    private final InstantSource clock;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private Reply always = UNSCRIPTED;

    private ReplayServer(InstantSource clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        // a hanging reply holds its thread; the others must still be answered
        server.setExecutor(threads);
        server.start();
    }

    public static ReplayServer start(InstantSource clock) {
        try {
            return new ReplayServer(clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture of ../shared/fixtures, e.g. {@code arxiv_oai/ListRecordsResponse_arXivRaw.xml}. */
    public static byte[] fixture(String path) {
        return Fixtures.bytes(Fixtures.dir().resolve(Path.of(path)));
    }

    public ReplayServer thenFixture(String path) {
        return then(200, fixture(path));
    }

    public ReplayServer then(int status, byte[] body) {
        return add(new Reply(status, "text/xml; charset=utf-8", body, null, Hang.NEVER));
    }

    public ReplayServer then(int status, String contentType, String body) {
        return add(new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), null, Hang.NEVER));
    }

    public ReplayServer thenSlowDown(int status, String retryAfter) {
        return add(new Reply(status, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8), retryAfter,
                Hang.NEVER));
    }

    /** A reply that never comes: the request hangs until the server closes. */
    public ReplayServer thenHangBeforeAnswering() {
        return add(new Reply(200, "text/xml", new byte[0], null, Hang.BEFORE_HEADERS));
    }

    /** A reply that starts, with its headers and the first bytes of a fixture, and never ends. */
    public ReplayServer thenHangMidAnswer(String fixture) {
        byte[] page = fixture(fixture);
        return add(new Reply(200, "text/xml", Arrays.copyOf(page, page.length / 2), null, Hang.MID_BODY));
    }

    /** Once the script is used up, this reply to every request. */
    public ReplayServer always(int status, String retryAfter) {
        always = new Reply(status, "text/plain", ("HTTP " + status).getBytes(StandardCharsets.UTF_8), retryAfter,
                Hang.NEVER);
        return this;
    }

    public URI url(String path) {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Map<String, String>> parameters() {
        return requests.stream().map(Request::parameters).toList();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private synchronized ReplayServer add(Reply reply) {
        script.add(reply);
        return this;
    }

    private synchronized Reply next() {
        return script.isEmpty() ? always : script.poll();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestURI().getPath(), parameters(exchange.getRequestURI()),
                exchange.getRequestHeaders().getFirst("User-Agent"), clock.instant()));
        Reply reply = next();
        if (reply.hang() == Hang.BEFORE_HEADERS) {
            awaitClosing();
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", reply.retryAfter());
        }
        // a length of 0 is chunked: the body has no announced end to wait for
        exchange.sendResponseHeaders(reply.status(), reply.hang() == Hang.MID_BODY ? 0 : reply.body().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(reply.body());
            body.flush();
            if (reply.hang() == Hang.MID_BODY) {
                awaitClosing();
            }
        }
    }

    private void awaitClosing() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
