package org.livesurvey.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    @TempDir
    Path taxonomy;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theDuplicateFoldsIntoTheKeptPaperAndItsIdBecomesAFormerId() throws IOException {
        writeTaxonomy();

        int status = run("merge", "routellm-from", "2406.18665", "--taxonomy", taxonomy.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(taxonomy.resolve("papers/routellm-from.yaml")).doesNotExist();
        assertThat(Files.readString(taxonomy.resolve("papers/2406.18665.yaml"))).contains(
                "venue: ICLR 2025", "  paper: https://arxiv.org/abs/2406.18665",
                "  venue: https://openreview.net/forum?id=8sSqNntaMr", "former_ids:\n  - routellm-from");
    }

    @Test
    void anUnknownIdIsAUsageErrorAndChangesNothing() throws IOException {
        writeTaxonomy();

        int status = run("merge", "no-such-paper", "2406.18665", "--taxonomy", taxonomy.toString());

        assertThat(status).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown: no-such-paper");
        assertThat(taxonomy.resolve("papers/routellm-from.yaml")).exists();
    }

    private void writeTaxonomy() throws IOException {
        Files.createDirectories(taxonomy.resolve("papers"));
        Files.writeString(taxonomy.resolve("categories.yaml"),
                "categories:\n  - id: efficiency\n    name: Efficiency\n    description: Cheaper models.\n");
        Files.writeString(taxonomy.resolve("papers/2406.18665.yaml"), """
                id: "2406.18665"
                title: "RouteLLM: Learning to Route LLMs with Preference Data"
                authors: [Isaac Ong]
                identifiers: {arxiv: "2406.18665"}
                links: {paper: "https://arxiv.org/abs/2406.18665"}
                categories: [efficiency]
                """);
        Files.writeString(taxonomy.resolve("papers/routellm-from.yaml"), """
                id: routellm-from
                title: "RouteLLM: Learning to Route LLMs from Preference Data"
                authors: []
                venue: ICLR 2025
                links: {paper: "https://openreview.net/forum?id=8sSqNntaMr"}
                categories: [efficiency]
                """);
    }

    private int run(String... args) {
        return new IngestCli(List.of(new MergeCommand())).run(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
