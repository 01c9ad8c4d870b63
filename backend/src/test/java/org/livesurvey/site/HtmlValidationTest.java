package org.livesurvey.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.RunningApplicationTest;

/**
 * Every page type, as the running application serves it from the fixture taxonomy, is valid HTML5 by the Nu Html
 * Checker: no errors (warnings are allowed). The pages are kept in target/html-validation for a look.
 */
class HtmlValidationTest extends RunningApplicationTest {

    /** Page type → an address of one; the error page is the one a malformed page number gets. */
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "/");
        PAGES.put("category", "/categories/efficiency");
        PAGES.put("paper", "/papers/2504.17040");
        PAGES.put("paper-with-markup", "/papers/escaping-in-titles");
        PAGES.put("search", "/search?q=token+merging");
        PAGES.put("changes", "/changes");
        PAGES.put("reproductions", "/reproductions");
        PAGES.put("contribute", "/contribute");
        PAGES.put("api", "/api");
        PAGES.put("problems", "/problems");
        PAGES.put("not-found", "/papers/2101.00000");
        PAGES.put("error", "/categories/efficiency?page=0");
    }

    /** Proves that the checker, run this way, does report errors: a pass must not come from checking nothing. */
    private static final String BROKEN = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>broken</title></head><body><p>unclosed <div></p><img src=\"x.png\"></body></html>";

    @Test
    void everyPageTypeIsValidHtml() throws IOException, InterruptedException {
        Path directory = Files.createDirectories(Path.of("target", "html-validation"));
        List<Path> pages = new ArrayList<>();
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            HttpResponse<String> response = get(page.getValue(), "text/html");
            assertThat(response.headers().firstValue("Content-Type")).as(page.getValue())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            Path file = directory.resolve(page.getKey() + ".html");
            Files.writeString(file, response.body());
            pages.add(file);
        }
        Path broken = Files.writeString(directory.resolve("known-broken.html"), BROKEN);
        List<Path> files = new ArrayList<>(pages);
        files.add(broken);

        List<NuHtmlChecker.Message> messages = NuHtmlChecker.check(files);

        assertThat(messages).filteredOn(message -> message.isAbout(broken) && message.isError())
                .as("the checker finds the errors of a broken page").hasSizeGreaterThanOrEqualTo(3);
        for (Path page : pages) {
            assertThat(messages).filteredOn(message -> message.isAbout(page) && message.isError())
                    .as("HTML errors in " + page).isEmpty();
        }
    }
}
