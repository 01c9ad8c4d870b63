package org.livesurvey.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify}: records in (here JSON lines whose first names only a title, which no format claims), one JSON
 * object per record out, in input order, in the shape tools consume.
 */
class ClassifyCommandTest {

    private static final String JSONL = """
            {"title": "Federated Learning of Gradient-Boosted Trees for Tabular Hospital Records"}
            {"title": "Budget-Aware Chain-of-Thought Compression for Large Reasoning Models", "arxiv_id": "2601.00001",\
             "abstract": "We shorten the reasoning traces of large reasoning models under a token budget.",\
             "categories": ["cs.CL"]}
            {"abstract": "a line without a title"}
            {"title": "Proximal Policy Optimization with Verifiable Rewards for Math Reasoning"}
            """;

    @TempDir
    Path temp;

    @Test
    void printsOneObjectPerRecordInInputOrder() throws IOException {
        Path input = temp.resolve("papers.jsonl");
        Files.writeString(input, JSONL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new ClassifyCommand().run(List.of(input.toString(), "--taxonomy", "../taxonomy"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("id", "arxiv_id", "relevant", "relevance", "categories");
            assertThat(line.get("relevance").asDouble()).isBetween(0.0, 1.0);
            assertThat(line.get("categories")).isNotEmpty();
            assertThat(line.get("categories").get(0).properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("path", "confidence");
            assertThat(line.get("categories").get(0).get("path").asText()).isNotBlank();
        });
        assertThat(lines.get(0).get("id").asText()).startsWith("federated-learning");
        assertThat(lines.get(0).get("arxiv_id").isNull()).isTrue();
        assertThat(lines.get(1).get("id").asText()).isEqualTo("2601.00001");
        assertThat(lines.get(1).get("arxiv_id").asText()).isEqualTo("2601.00001");
        assertThat(lines.get(1).get("relevant").asBoolean()).isTrue();
        assertThat(lines.get(1).get("categories").get(0).get("path").asText()).startsWith("efficiency");
        assertThat(lines.get(2).get("categories").get(0).get("path").asText()).startsWith("reasoning");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("papers.jsonl:3").contains("no title");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void explainAddsTheEvidence() throws IOException {
        Path input = temp.resolve("one.jsonl");
        Files.writeString(input, JSONL.lines().skip(1).findFirst().orElseThrow());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = new ClassifyCommand().run(List.of(input.toString(), "--explain", "--taxonomy", "../taxonomy"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(line.get("because")).isNotEmpty();
        assertThat(line.get("similar")).hasSize(3);
        assertThat(status).isZero();
    }
}
