package org.livesurvey.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderListCommandTest {

    private static final Path REPOSITORY_TAXONOMY = Path.of("../taxonomy");

    @TempDir
    Path taxonomy;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void checkFailsUntilTheListIsRenderedAndAgainAfterAnEdit() throws Exception {
        Files.copy(REPOSITORY_TAXONOMY.resolve("categories.yaml"), taxonomy.resolve("categories.yaml"));
        Files.createDirectories(taxonomy.resolve("papers"));
        Path dymu = taxonomy.resolve("papers/2504.17040.yaml");
        Files.copy(REPOSITORY_TAXONOMY.resolve("papers/2504.17040.yaml"), dymu);

        assertThat(run("--check")).isEqualTo(1);
        assertThat(err.toString()).contains("is out of date: run ./livesurvey render-list");

        assertThat(run()).isZero();
        assertThat(Files.readString(taxonomy.resolve("README.md"))).contains("DyMU: Dynamic Merging and Virtual Unmerging");
        assertThat(run("--check")).isZero();

        Files.writeString(dymu, Files.readString(dymu).replace("title: 'DyMU:", "title: 'DyMU, renamed:"));
        assertThat(run("--check")).isEqualTo(1);
    }

    @Test
    void aTaxonomyWithProblemsIsNotRendered() throws Exception {
        Files.writeString(taxonomy.resolve("categories.yaml"), "categories: [unclosed", StandardCharsets.UTF_8);

        assertThat(run()).isEqualTo(1);
        assertThat(err.toString()).contains("categories.yaml:").contains("./livesurvey validate");
        assertThat(taxonomy.resolve("README.md")).doesNotExist();
    }

    private int run(String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.add(taxonomy.toString());
        return IngestCli.withAllCommands().run(
                Stream.concat(Stream.of("render-list"), args.stream()).toList(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
