package org.livesurvey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.livesurvey.results.ReproductionStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's document, Swagger UI and HTTP conventions on the running application: springdoc working with this
 * Spring Boot, and the ETag, Last-Modified and CORS headers as a real client sees them through Tomcat.
 */
class PublicApiIntegrationTest extends RunningApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void servesTheOpenApiDocumentOfThePublicApi() {
        HttpResponse<String> response = get("/v3/api-docs", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("info").get("title").asString()).isEqualTo("LiveSurvey API");
        JsonNode paths = document.get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/search", "/api/v1/suggest", "/api/v1/taxonomy",
                "/api/v1/papers/{id}", "/api/v1/papers/{id}/related", "/api/v1/categories", "/api/v1/changes");
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
        JsonNode search = paths.get("/api/v1/search").get("get");
        assertThat(search.get("operationId").asString()).isEqualTo("searchPapers");
        assertThat(parameterNames(search)).containsExactly("q", "filter", "facets", "sort", "page", "per_page",
                "cursor", "format");
        assertThat(search.get("responses").propertyNames()).contains("200", "400", "429", "503");
        assertThat(search.get("responses").get("400").get("content").propertyNames())
                .contains("application/problem+json");
        assertThat(search.get("responses").get("200").get("content").propertyNames())
                .contains("application/json", "application/x-bibtex", "text/csv");

        assertThat(parameterNames(paths.get("/api/v1/suggest").get("get"))).containsExactly("q", "size");
        JsonNode changes = paths.get("/api/v1/changes").get("get");
        assertThat(changes.get("operationId").asString()).isEqualTo("listChanges");
        assertThat(parameterNames(changes)).containsExactlyInAnyOrder("since", "until", "category", "limit", "cursor");
        assertThat(changes.get("responses").propertyNames()).contains("200", "400", "404");

        // schemas name properties as the JSON does; every address of one paper may redirect a former id
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("PaperWithResults").get("properties").propertyNames())
                .contains("authors", "authors_truncated", "changed_at", "claim_results").doesNotContain("changedAt");
        assertThat(schemas.get("PaperLinks").get("properties").propertyNames()).contains("venue");
        assertThat(schemas.get("ChangeEntry").get("properties").propertyNames()).containsExactly("paper_id", "title",
                "url", "kind", "changed_at", "version", "former_id", "categories", "changed_fields", "changes");
        assertThat(schemas.get("FieldChange").get("properties").propertyNames()).containsExactly("field", "old", "new");
        assertThat(schemas.get("ChangeListMeta").get("properties").propertyNames()).containsExactly("count", "limit",
                "since", "until", "category", "next_cursor");
        assertThat(paths.get("/api/v1/papers/{id}").get("get").get("responses").propertyNames()).contains("200", "301");
        assertThat(paths.get("/api/v1/papers/{id}/related").get("get").get("responses").propertyNames())
                .contains("200", "301");

        String filter = parameter(search, "filter").get("description").asString();
        assertThat(filter).as("every reproduction status a filter can name")
                .contains(Arrays.stream(ReproductionStatus.values()).map(ReproductionStatus::key).toList());
    }

    @Test
    void servesTheSwaggerUi() {
        HttpResponse<String> redirect = get("/swagger-ui.html", "text/html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");

        HttpResponse<String> page = get("/swagger-ui/index.html", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        HttpResponse<String> config = get("/v3/api-docs/swagger-config", "application/json");
        assertThat(JSON.readTree(config.body()).get("url").asString()).isEqualTo("/v3/api-docs");
    }

    @Test
    void aPaperCarriesItsEtagAndLastChangeAndARepeatedRequestIsNotModified() {
        HttpResponse<String> first = get("/api/v1/papers/2504.17040", "application/json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = send(request("/api/v1/papers/2504.17040").header("If-None-Match", etag).build());
        HttpResponse<String> byDate = send(request("/api/v1/papers/2504.17040")
                .header("If-Modified-Since", lastModified).build());

        assertThat(etag).startsWith("W/\"");
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
    }

    @Test
    void otherOriginsMayReadButNotWrite() {
        HttpResponse<String> read = send(request("/api/v1/categories").header("Origin", "https://other.example")
                .build());
        HttpResponse<String> writePreflight = send(request("/api/v1/admin/sync")
                .header("Origin", "https://other.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(writePreflight.statusCode()).isEqualTo(403);
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void searchesTheRealIndexThroughTheApi() throws InterruptedException {
        awaitSearch();
        HttpResponse<String> response = get("/api/v1/search?q=dymu+vision&filter=category:efficiency,year:2025"
                + "&facets=category,year", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("results")).as(response.body()).isNotEmpty();
        assertThat(body.get("results").get(0).get("id").asString()).isEqualTo("2504.17040");
        assertThat(body.get("meta").get("count").asLong()).isPositive();
        assertThat(body.get("facets").get("category").get(0).get("count").asLong()).isPositive();
        assertThat(body.get("facets").get("year").get(0).get("value").asString()).isEqualTo("2025");
    }

    /**
     * What curl sends when a filter is typed as documented, unencoded, and what hostile clients send: Tomcat lets it
     * through to the API, which answers results or a problem, never a bare container error or a server error.
     */
    @Test
    void rawQueryStringsReachTheApiAndGetResultsOrProblems() throws IOException, InterruptedException {
        awaitSearch();
        assertThat(rawGet("/api/v1/search?filter=category:efficiency,year:2024|2025&facets=year").status())
                .isEqualTo(200);
        RawResponse unclosedQuote = rawGet("/api/v1/search?filter=venue:\"ACL");
        assertThat(unclosedQuote.status()).isEqualTo(400);
        assertThat(unclosedQuote.contentType()).isEqualTo("application/problem+json");
        assertThat(unclosedQuote.body()).contains("https://livesurvey.org/problems/invalid-filter");
        RawResponse tenKilobytes = rawGet("/api/v1/search?q=" + "merging+".repeat(1_250));
        assertThat(tenKilobytes.status()).isEqualTo(400);
        assertThat(tenKilobytes.body()).contains("https://livesurvey.org/problems/query-too-long");

        for (String hostile : List.of("q={\"query\":{\"match_all\":{}}}", "q=*:*", "q=%FF%FE%00",
                "filter=%C3%28:x", "q=\\", "q=[a-z]^2`<b>`", "filter=tag:\"a\\\"b\"", "q=(((((((", "q=\"unbalanced",
                "%FF=%FF", "q=a&q=b", "cursor=%00", "cursor=eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOlsiYSIsImIiXX0")) {
            RawResponse response = rawGet("/api/v1/search?" + hostile);
            assertThat(response.status()).as(hostile).isIn(200, 400);
            if (response.status() == 400) {
                assertThat(response.contentType()).as(hostile).isEqualTo("application/problem+json");
            }
        }
    }

    /**
     * The index is built from the database after start-up: until then search answers search-unavailable (503), or
     * finds nothing while the papers are being written.
     */
    private void awaitSearch() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!searchFindsPapers()) {
            assertThat(System.nanoTime()).as("search still not ready").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private boolean searchFindsPapers() {
        HttpResponse<String> response = get("/api/v1/search?per_page=1", "application/json");
        return response.statusCode() == 200 && JSON.readTree(response.body()).get("meta").get("count").asLong() > 0;
    }

    private RawResponse rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String contentType = response.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            return new RawResponse(status, contentType, response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }

    private record RawResponse(int status, String contentType, String body) {
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.get("parameters").forEach(parameter -> names.add(parameter.get("name").asString()));
        return names;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.get("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
