package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlDocumentReaderTest {

    private static final Path FILE = Path.of("papers/x.yaml");

    private final YamlDocumentReader reader = new YamlDocumentReader();

    @Test
    void recordsTheLineOfEveryNode() {
        YamlDocumentReader.Result result = reader.read(FILE, """
                # a comment first
                id: "2504.17040"
                links:
                  code: https://github.com/x/y
                abstract: >-
                  folded
                  text
                claims:
                  - id: a
                    value: 1
                  -
                    id: b
                tags: [one,
                  two]
                """);

        assertThat(result.isClean()).isTrue();
        YamlDocument document = result.document();
        assertThat(document.lineOf("")).isEqualTo(2);
        assertThat(document.lineOf("/id")).isEqualTo(2);
        assertThat(document.lineOf("/links")).isEqualTo(3);
        assertThat(document.lineOf("/links/code")).isEqualTo(4);
        assertThat(document.lineOf("/abstract")).isEqualTo(5);
        assertThat(document.lineOf("/claims/0")).isEqualTo(9);
        assertThat(document.lineOf("/claims/0/value")).isEqualTo(10);
        assertThat(document.lineOf("/claims/1")).isEqualTo(12);
        assertThat(document.lineOf("/tags/1")).isEqualTo(14);
        assertThat(document.root().get("abstract").asText()).isEqualTo("folded text");
    }

    @Test
    void aMissingNodeIsFoundAtItsNearestAncestor() {
        YamlDocument document = reader.read(FILE, "id: a\nclaims:\n  - id: b\n").document();

        assertThat(document.lineOf("/claims/0/metric")).isEqualTo(3);
        assertThat(document.lineOf("/claims/5")).isEqualTo(2);
        assertThat(document.lineOf("/nothing/here")).isEqualTo(1);
    }

    @Test
    void keyPointersAreEscaped() {
        YamlDocument document = reader.read(FILE, "parameters:\n  a/b: 1\n  c~d: 2\n").document();

        assertThat(document.lineOf("/parameters/a~1b")).isEqualTo(2);
        assertThat(document.lineOf("/parameters/c~0d")).isEqualTo(3);
        assertThat(document.root().at("/parameters/a~1b").asInt()).isEqualTo(1);
    }

    @Test
    void typesScalarsAsYamlResolvesThemButKeepsTimestampsAsText() {
        JsonNode root = reader.read(FILE, """
                int: 42
                hex: 0x1F
                big: 123456789012345678901234567890
                float: 2504.17040
                bool: yes
                nothing: ~
                empty:
                date: 2025-04-23
                quoted: "2025"
                text: plain words
                """).document().root();

        assertThat(root.get("int").isInt()).isTrue();
        assertThat(root.get("int").intValue()).isEqualTo(42);
        assertThat(root.get("hex").intValue()).isEqualTo(31);
        assertThat(root.get("big").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(root.get("float").isDouble()).isTrue();
        assertThat(root.get("float").doubleValue()).isEqualTo(2504.1704);
        assertThat(root.get("bool").isBoolean()).isTrue();
        assertThat(root.get("bool").booleanValue()).isTrue();
        assertThat(root.get("nothing").isNull()).isTrue();
        assertThat(root.get("empty").isNull()).isTrue();
        assertThat(root.get("date").isTextual()).isTrue();
        assertThat(root.get("date").asText()).isEqualTo("2025-04-23");
        assertThat(root.get("quoted").asText()).isEqualTo("2025");
        assertThat(root.get("quoted").isTextual()).isTrue();
        assertThat(root.get("text").asText()).isEqualTo("plain words");
    }

    @Test
    void reportsEveryDuplicateKeyAtItsLine() {
        YamlDocumentReader.Result result = reader.read(FILE, """
                title: one
                links:
                  code: https://a.org
                  code: https://b.org
                title: two
                """);

        assertThat(result.document()).isNotNull();
        assertThat(result.problems()).extracting(p -> p.format(Path.of(""))).containsExactly(
                "papers/x.yaml:4: links.code: duplicate key (first given at line 3)",
                "papers/x.yaml:5: title: duplicate key (first given at line 1)");
        assertThat(result.document().root().get("title").asText()).isEqualTo("one");
    }

    @Test
    void reportsASyntaxErrorAtTheLineSnakeYamlGives() {
        YamlDocumentReader.Result result = reader.read(FILE, "id: a\ntitle: b\n  authors: c\n");

        assertThat(result.document()).isNull();
        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "YAML syntax error: mapping values are not allowed here"));
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpensNotAfterTheLastLine() {
        YamlDocumentReader.Result result = reader.read(FILE, "id: a\ntags: [one, two\n\n");

        assertThat(result.problems()).extracting(Problem::line).containsExactly(2);
    }

    @Test
    void reportsTabsInIndentation() {
        YamlDocumentReader.Result result = reader.read(FILE, "id: a\nlinks:\n\tcode: x\n");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("YAML syntax error: found character '\\t(TAB)'");
        });
    }

    @Test
    void reportsAnEmptyFileAndASecondDocument() {
        assertThat(reader.read(FILE, "# only a comment\n").problems())
                .extracting(Problem::line, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "the file is empty"));
        assertThat(reader.read(FILE, "id: a\n---\nid: b\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("expected a single document"));
    }

    @Test
    void reportsKeysThatAreNotWords() {
        YamlDocumentReader.Result result = reader.read(FILE, "id: a\n? [x, y]\n: z\n");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "a key must be a plain word, not a list or a mapping"));
    }

    @Test
    void followsAliasesButNotIntoThemselves() {
        YamlDocumentReader.Result shared = reader.read(FILE, "a: &x [1, 2]\nb: *x\n");
        YamlDocumentReader.Result recursive = reader.read(FILE, "a: &x\n  - *x\n");

        assertThat(shared.isClean()).isTrue();
        assertThat(shared.document().root().get("b").toString()).isEqualTo("[1,2]");
        assertThat(recursive.problems()).extracting(Problem::message)
                .containsExactly("an alias refers to a node that contains it");
    }

    @Test
    void readsFilesAsUtf8AndRejectsOtherEncodings(@TempDir Path temp) throws IOException {
        Path utf8 = Files.writeString(temp.resolve("a.yaml"), "\uFEFFtitle: Caf\u00e9 \u2014 \u03b1\u03b2\n");
        Path latin1 = Files.write(temp.resolve("b.yaml"), new byte[] {'t', ':', ' ', (byte) 0xE9, '\n'});

        assertThat(reader.read(utf8).document().root().get("title").asText()).isEqualTo("Caf\u00e9 \u2014 \u03b1\u03b2");
        assertThat(reader.read(latin1).problems()).extracting(Problem::line, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "not UTF-8 text"));
    }
}
