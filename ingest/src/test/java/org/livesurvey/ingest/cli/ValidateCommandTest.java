package org.livesurvey.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    private static final String FIXTURES = "src/test/resources/validate/";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aValidTaxonomyPrintsOnlyTheSummaryAndExitsZero() {
        int status = run("validate", FIXTURES + "valid");

        assertThat(status).isZero();
        assertThat(text(out)).isEmpty();
        assertThat(text(err)).isEqualTo("checked 5 papers, 7 categories, 1 reproduction: 0 problems\n");
    }

    @Test
    void aBrokenTaxonomyPrintsEveryProblemRelativeToTheCurrentDirectoryAndExitsOne() {
        int status = run("validate", FIXTURES + "broken");

        assertThat(status).isEqualTo(1);
        List<String> lines = text(out).lines().toList();
        assertThat(lines).hasSize(40).allSatisfy(line -> assertThat(line).matches(
                "src/test/resources/validate/broken/[^:]+(:\\d+)?: .+"));
        assertThat(lines).contains(
                "src/test/resources/validate/broken/papers/2504.00003.yaml:4: published: '2025-02-30' is not a date"
                        + " that exists",
                "src/test/resources/validate/broken/papers/dymu-again.yaml:5: duplicate of papers/2504.17040.yaml:"
                        + " same arXiv id 2504.17040");
        assertThat(text(err)).endsWith(": 40 problems\n").startsWith("checked 12 papers, 5 categories,");
    }

    @Test
    void anAbsoluteDirectoryOutsideTheCurrentOneKeepsAbsolutePaths() {
        Path broken = Path.of(FIXTURES + "broken").toAbsolutePath();

        run("validate", broken.toString());

        assertThat(text(out).lines().findFirst().orElseThrow())
                .startsWith("src/test/resources/validate/broken/categories.yaml:19: ");
    }

    @Test
    void aMissingDirectoryIsAUsageError() {
        int status = run("validate", FIXTURES + "no-such-taxonomy");

        assertThat(status).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(text(err)).contains("no taxonomy directory at").contains("usage: validate");
    }

    @Test
    void twoDirectoriesAreAUsageError() {
        assertThat(run("validate", "a", "b")).isEqualTo(IngestCli.USAGE_ERROR);
    }

    private int run(String... args) {
        return IngestCli.withAllCommands().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
