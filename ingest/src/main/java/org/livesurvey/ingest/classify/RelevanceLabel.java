package org.livesurvey.ingest.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A careful reader's verdict on one listed paper (400 of the bundled listings, chosen by a seeded hash of the arXiv
 * id, labelled from title and abstract against the rubric in {@code relevance-labels.md}, without seeing any
 * classifier output). Used only to measure the relevance model, never to train it.
 */
enum RelevanceLabel {
    IN, BORDERLINE, OUT;

    private static final String RESOURCE = "relevance-labels.jsonl";

    /** arXiv id to label, in file order. */
    static Map<String, RelevanceLabel> bundled() {
        ObjectMapper json = new ObjectMapper();
        Map<String, RelevanceLabel> labels = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(ListedPaper.open(RESOURCE), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode node = json.readTree(line);
                labels.put(node.path("arxiv_id").asText(),
                        valueOf(node.path("label").asText().toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the classifier's bundled " + RESOURCE + " cannot be read", e);
        }
        return labels;
    }
}
