package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the admin pages over plain HTTP: cookies kept, redirects not followed (tests look at them), and
 * the CSRF token taken from the page a form is on, as a browser would send it.
 */
public final class MaintainerSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public MaintainerSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in through the login form; the answer is the login's redirect. */
    public HttpResponse<String> logIn(String user, String password) {
        return post("/login", csrfOf("/login"), Map.of("username", user, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /**
     * Waits until {@code /api/v1/search} finds the paper for the query (indexing follows a sync asynchronously);
     * fails with the last answer when it does not within {@code within}.
     */
    public void awaitSearchable(String query, String paperId, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        String found = "";
        while (Instant.now().isBefore(deadline)) {
            found = get("/api/v1/search?q=" + query.replace(" ", "+")).body();
            if (found.contains("\"id\":\"" + paperId + "\"")) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(found).as("search for " + query).contains("\"id\":\"" + paperId + "\"");
    }

    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET().build());
    }

    /** Posts the form fields with the CSRF token of the page the form is on. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        return post(action, csrfOf(pagePath), fields);
    }

    /** Posts without a CSRF token, as another site's page would. */
    public HttpResponse<String> postWithoutToken(String action, Map<String, String> fields) {
        return send(form(action, fields));
    }

    public HttpResponse<String> post(String action, String csrfToken, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfToken);
        return send(form(action, all));
    }

    public String csrfOf(String pagePath) {
        String page = get(pagePath).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException(pagePath + " has no form with a CSRF token:\n" + page);
        }
        return token.group(1);
    }

    private HttpRequest form(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encoded(e.getKey()) + "=" + encoded(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
