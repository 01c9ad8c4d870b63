package org.livesurvey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the real embedded PostgreSQL, synced from the small fixture taxonomy at start-up and
 * reached over HTTP. Every subclass has the same configuration, so they share one context and one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "livesurvey.taxonomy-dir=" + RunningApplicationTest.SMALL_TAXONOMY,
        "livesurvey.admin-token=" + RunningApplicationTest.ADMIN_TOKEN,
        // tests run in backend/, the runner's files are beside it; absolute, as a path with ../ is not bound
        "livesurvey.runner.result-schema=${user.dir}/../runner/result.schema.json"})
public abstract class RunningApplicationTest {

    public static final String SMALL_TAXONOMY = "src/test/resources/taxonomy/small";
    static final String ADMIN_TOKEN = "integration-test-admin-token";

    private static final Path DATA_DIR = newDataDirectory();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("livesurvey.data-dir", DATA_DIR::toString);
    }

    /** Under target/, so that {@code mvn clean} removes it; the server keeps it until the JVM exits. */
    private static Path newDataDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "app-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
