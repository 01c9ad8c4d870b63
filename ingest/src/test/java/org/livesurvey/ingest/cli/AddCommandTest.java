package org.livesurvey.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.metadata.Fixtures;

/** {@code add}: a contributor's metadata file in, paper files out, on a copy of the small valid taxonomy. */
class AddCommandTest {

    private static final String BIBTEX = """
            Some text a reference manager wrote before the first entry.

            @inproceedings{wang2025dymu,
              title     = {{DyMU}: Dynamic Merging and Virtual Unmerging for Efficient {VLMs}},
              author    = {Wang, Zhenhailong and Purushwalkam, Senthil and Xiong, Caiming and others},
              booktitle = {The Thirty-Ninth Annual Conference on Neural Information Processing Systems},
              year      = {2025},
              eprint    = {2504.17040},
              archivePrefix = {arXiv}
            }

            @article{new2025merging,
              title   = {Token Merging for Faster Reasoning in Vision Transformers},
              author  = {M{\\"u}ller, J{\\"o}rg and Doe, Jane},
              journal = {Transactions on Machine Learning Research},
              year    = {2025},
              eprint  = {2505.01234},
              archivePrefix = {arXiv}
            }
            """;

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aBibtexFileMergesWhatIsKnownAndAddsWhatIsNew() throws IOException {
        Path taxonomy = taxonomy();
        Path input = write("refs.bib", BIBTEX);

        int status = run(input.toString(), "--taxonomy", taxonomy.toString());

        assertThat(status).as(text(err)).isZero();
        assertThat(text(out)).as(text(err)).endsWith("1 added, 0 merged, 1 unchanged, 1 conflicts, 0 near misses, 0 errors\n");
        assertThat(text(out)).startsWith(input + ":12: added 2505.01234\n");
        assertThat(text(err)).contains("refs.bib:3: 2504.17040: authors: the file names 2 (first Zhenhailong Wang),"
                + " the input 3 (first Zhenhailong Wang); kept the file's");
        String added = Files.readString(taxonomy.resolve("papers/2505.01234.yaml"));
        assertThat(added).contains("title: Token Merging for Faster Reasoning in Vision Transformers",
                "  - Jörg Müller\n  - Jane Doe", "venue: TMLR 2025", "  - efficiency/token-compression",
                "  paper: https://arxiv.org/abs/2505.01234", "  - list: BibTeX refs.bib");
        assertThat(Files.readString(taxonomy.resolve("papers/2504.17040.yaml"))).doesNotContain("authors_truncated")
                .doesNotContain("BibTeX refs.bib");
    }

    @Test
    void aDryRunPrintsTheDiffAndWritesNothing() throws IOException {
        Path taxonomy = taxonomy();
        Path input = write("refs.bib", BIBTEX);
        String before = listing(taxonomy);

        int status = run(input.toString(), "--taxonomy", taxonomy.toString(), "--dry-run");

        assertThat(status).isZero();
        assertThat(text(out)).contains("--- /dev/null\n+++ b/", "2505.01234.yaml\n@@ -0,0 +1,",
                "+title: Token Merging for Faster Reasoning in Vision Transformers", "dry run: nothing was written");
        assertThat(listing(taxonomy)).isEqualTo(before);
    }

    @Test
    void standardInputIsReadToo() throws IOException {
        Path taxonomy = taxonomy();
        AddCommand command = new AddCommand(new ByteArrayInputStream(BIBTEX.getBytes(StandardCharsets.UTF_8)));

        int status = new IngestCli(List.of(command)).run(List.of("add", "-", "--taxonomy", taxonomy.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(Files.readString(taxonomy.resolve("papers/2505.01234.yaml"))).contains("list: BibTeX (standard input)");
    }

    @Test
    void anUnknownFormatIsOneLineNamingTheFormatsTriedAndNothingIsWritten() throws IOException {
        Path taxonomy = taxonomy();
        Path input = write("notes.txt", "These are my notes about papers I liked.\nNothing here is metadata.\n");
        String before = listing(taxonomy);

        int status = run(input.toString(), "--taxonomy", taxonomy.toString());

        assertThat(status).isEqualTo(1);
        assertThat(text(err).lines()).containsExactly(input + ": not a metadata format LiveSurvey reads (tried:"
                + " arXiv API (Atom), arXiv OAI-PMH (arXiv, arXivRaw), LiveSurvey corpus (JSON Lines), OpenAlex (JSON),"
                + " Semantic Scholar Graph API (JSON), CSL JSON, BibTeX, RIS)");
        assertThat(listing(taxonomy)).isEqualTo(before);
    }

    @Test
    void aTruncatedFileWritesNothingAndNamesTheLine() throws IOException {
        Path taxonomy = taxonomy();
        Path fixture = Fixtures.of("arxiv_atom").stream()
                .filter(f -> f.getFileName().toString().contains("query_testing")).findFirst().orElseThrow();
        String xml = Files.readString(fixture);
        Path input = write("cut.xml", xml.substring(0, xml.length() / 2));
        String before = listing(taxonomy);

        int status = run(input.toString(), "--taxonomy", taxonomy.toString());

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains(input.toString()).containsPattern("line \\d+");
        assertThat(listing(taxonomy)).isEqualTo(before);
    }

    @Test
    void anXmlFileWithAnExternalEntityIsRefusedAndNothingIsWritten() throws IOException {
        Path taxonomy = taxonomy();
        Path input = write("feed.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&secret;</title></entry></feed>
                """);
        String before = listing(taxonomy);

        int status = run(input.toString(), "--taxonomy", taxonomy.toString());

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains(input + ": refused: ").doesNotContain("root:");
        assertThat(listing(taxonomy)).isEqualTo(before);
    }

    @Test
    void everyFixtureFileGoesThroughWithoutACrash() throws IOException {
        Path taxonomy = taxonomy();

        int status = run(Fixtures.dir().toString(), "--taxonomy", taxonomy.toString(), "--category", "reasoning",
                "--dry-run");

        assertThat(status).isEqualTo(1);
        assertThat(text(err)).contains("read 28/28:", "SOURCES.md: not a metadata format",
                "arXiv API answered with an error (400)", "OAI-PMH answered with an error (noRecordsMatch)", "group_by");
        assertThat(text(out)).containsPattern("\\d{2,} added");
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertThat(run()).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(run("a.bib", "--colour", "red")).isEqualTo(IngestCli.USAGE_ERROR);
        assertThat(text(err)).contains("usage: add <file|dir|->");
    }

    private Path taxonomy() {
        Path copy = temp.resolve("taxonomy");
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/validate/valid"))) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(Path.of("src/test/resources/validate/valid").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static String listing(Path taxonomy) throws IOException {
        try (Stream<Path> files = Files.walk(taxonomy)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(file).append('\n').append(Files.readString(file));
            }
            return all.toString();
        }
    }

    private int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("add"));
        all.addAll(List.of(args));
        return new IngestCli(List.of(new AddCommand())).run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
