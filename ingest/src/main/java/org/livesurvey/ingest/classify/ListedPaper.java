package org.livesurvey.ingest.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A paper of the week of real arXiv cs.CL, cs.LG and cs.AI listings (2026-02-02 to 02-07) bundled with the
 * classifier: what a daily harvest brings. The relevance model learns the field against them; being unmarked does not
 * make a paper out of scope (about a third are in it), so they are treated as unlabelled, not as negatives.
 *
 * @param inCorpus the listing's own mark that the paper is in the survey's source lists
 */
record ListedPaper(String arxivId, ClassifierInput input, boolean inCorpus, RelevanceLabel label) {

    private static final String RESOURCE = "daily-listings.jsonl.gz";

    static List<ListedPaper> bundled() {
        ObjectMapper json = new ObjectMapper();
        var labels = RelevanceLabel.bundled();
        List<ListedPaper> papers = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(open(RESOURCE));
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode node = json.readTree(line);
                List<String> categories = new ArrayList<>();
                node.path("categories").forEach(c -> categories.add(c.asText()));
                papers.add(new ListedPaper(node.path("arxiv_id").asText(), new ClassifierInput(
                        node.path("title").asText(), node.path("abstract").asText(null), categories),
                        node.path("in_corpus").asBoolean(), labels.get(node.path("arxiv_id").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the classifier's bundled " + RESOURCE + " cannot be read", e);
        }
        return papers;
    }

    static InputStream open(String resource) {
        InputStream in = ListedPaper.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the classifier's " + resource + " is missing from the class path");
        }
        return in;
    }
}
