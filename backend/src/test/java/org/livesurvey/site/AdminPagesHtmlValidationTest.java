package org.livesurvey.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livesurvey.ingestion.HarvestRecords.arxiv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingestion.MaintainerSession;
import org.livesurvey.ingestion.ReviewQueueApplicationTest;

/**
 * The maintainers' pages are valid HTML5 by the Nu Html Checker, as {@link HtmlValidationTest} checks the public ones:
 * the login, the dashboard, and the review queue with proposals in it (evidence, a possible duplicate, both forms).
 */
class AdminPagesHtmlValidationTest extends ReviewQueueApplicationTest {

    @Test
    void everyAdminPageIsValidHtml() throws IOException, InterruptedException {
        harvested(arxiv("2506.00003", "OTC: Optimal Tool Calls for Reasoning Agents via Reinforcement Learning"),
                arxiv("2506.00004", "Preference Learning at Scale"));
        MaintainerSession maintainer = new MaintainerSession(port);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", maintainer.get("/login?error").body());
        maintainer.logIn("admin", ADMIN_TOKEN);
        pages.put("dashboard", maintainer.get("/admin").body());
        pages.put("proposals", maintainer.get("/admin/proposals").body());
        Path directory = Files.createDirectories(Path.of("target", "html-validation"));
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            files.add(Files.writeString(directory.resolve("admin-" + page.getKey() + ".html"), page.getValue()));
        }
        assertThat(pages.get("proposals")).contains("Possible duplicate", "accept-form", "reject-form");

        List<NuHtmlChecker.Message> messages = NuHtmlChecker.check(files);

        for (Path file : files) {
            assertThat(messages).filteredOn(message -> message.isAbout(file) && message.isError())
                    .as("HTML errors in " + file).isEmpty();
        }
    }
}
