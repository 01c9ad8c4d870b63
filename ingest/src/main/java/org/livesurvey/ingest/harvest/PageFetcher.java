package org.livesurvey.ingest.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs one page politely: each attempt waits for its turn with the {@link Pacer}; an overloaded or failing service
 * (HTTP 429 and 5xx) is asked again after a backoff, up to the settings' attempts. Any other answer is handed back
 * as it is, for the reader to make sense of: OAI-PMH and arXiv's API put their errors in the body.
 */
final class PageFetcher {

    /** An answer other than "slow down" or "failed". */
    record Answer(URI url, int status, String contentType, byte[] body) {

        boolean isSuccess() {
            return status / 100 == 2;
        }
    }

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVICE_UNAVAILABLE = 503;

    private final HarvestSettings settings;
    private final Pacer pacer;
    private final HttpClient client;

    PageFetcher(HarvestSettings settings, Pacer pacer) {
        this.settings = settings;
        this.pacer = pacer;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Answer get(URI url) throws HarvestException, InterruptedException {
        HttpResponse<byte[]> response = null;
        Optional<Duration> retryAfter = Optional.empty();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                if (retryAfter.filter(wait -> wait.compareTo(Pacer.MAX_RETRY_AFTER) > 0).isPresent()) {
                    throw HarvestException.retryTooFar(url, response.statusCode(), retryAfter.get());
                }
                pacer.sleep(pacer.backoff(settings.politeInterval(), attempt - 1, retryAfter));
            }
            pacer.awaitTurn(settings.politeInterval());
            response = send(url);
            if (!isRetried(response.statusCode())) {
                return new Answer(url, response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse("no Content-Type"), response.body());
            }
            retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), pacer.now());
        }
        int status = response.statusCode();
        throw isSlowDown(status) ? HarvestException.rateLimited(url, status, settings.maxAttempts(), retryAfter)
                : HarvestException.serverError(url, status, settings.maxAttempts());
    }

    /**
     * One request with a deadline on the whole exchange: the client's own timeout stops at the headers, and a
     * server that sends them and then hangs must not hang the harvest.
     */
    private HttpResponse<byte[]> send(URI url) throws HarvestException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return exchange.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw HarvestException.timeout(url, settings.requestTimeout());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw HarvestException.timeout(url, settings.requestTimeout());
            }
            if (e.getCause() instanceof IOException cause) {
                throw HarvestException.unreachable(url, cause);
            }
            throw new IllegalStateException("the HTTP client failed on " + url, e.getCause());
        }
    }

    private static boolean isRetried(int status) {
        return isSlowDown(status) || status / 100 == 5;
    }

    // arXiv answers 503 with Retry-After when a harvester goes too fast
    private static boolean isSlowDown(int status) {
        return status == SERVICE_UNAVAILABLE || status == TOO_MANY_REQUESTS;
    }
}
