package org.livesurvey.benchmark.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the real records of the corpus: {@code arxiv-metadata.jsonl}, then {@code arxiv-daily/*.jsonl} in date order.
 * Records without a title are left out (the readers would rightly refuse them).
 */
final class RealPapers {

    /** Abstracts taken from arXiv's RSS feed begin with the feed's header, which no other source writes. */
    private static final Pattern FEED_HEADER = Pattern.compile("^arXiv:\\S+\\s+Announce Type:\\s+[\\w-]+\\s+Abstract:\\s*");

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealPapers() {
    }

    static List<RealPaper> load(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(corpus.resolve(CorpusDirectory.METADATA));
        Path daily = corpus.resolve(CorpusDirectory.DAILY);
        if (Files.isDirectory(daily)) {
            try (Stream<Path> days = Files.list(daily)) {
                days.filter(file -> file.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        List<RealPaper> papers = new ArrayList<>();
        for (Path file : files) {
            read(file, papers);
        }
        if (papers.isEmpty()) {
            throw new IllegalArgumentException("the corpus at " + corpus + " holds no record with a title");
        }
        return papers;
    }

    private static void read(Path file, List<RealPaper> papers) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    RealPaper paper = paper(JSON.readTree(line));
                    if (paper != null) {
                        papers.add(paper);
                    }
                }
            }
        }
    }

    private static RealPaper paper(JsonNode line) {
        String title = text(line, "title");
        if (title == null) {
            return null;
        }
        String abstractText = text(line, "abstract");
        abstractText = abstractText == null ? null : FEED_HEADER.matcher(abstractText).replaceFirst("");
        Set<String> categories = new LinkedHashSet<>();
        String primary = text(line, "primary_category");
        if (primary != null) {
            categories.add(primary);
        }
        categories.addAll(texts(line, "categories"));
        return new RealPaper(title, texts(line, "authors"), line.path("authors_truncated").asBoolean(false),
                abstractText, List.copyOf(categories), text(line, "comment"));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.path(field);
        return value.isTextual() && !value.textValue().isBlank() ? value.textValue() : null;
    }

    private static List<String> texts(JsonNode line, String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : line.path(field)) {
            if (value.isTextual() && !value.textValue().isBlank()) {
                texts.add(value.textValue().strip());
            }
        }
        return texts;
    }
}
