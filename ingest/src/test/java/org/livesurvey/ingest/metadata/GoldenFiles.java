package org.livesurvey.ingest.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.livesurvey.ingest.model.PartialDate;

/**
 * Whole-object golden tests: a batch is written as JSON (every field of every record, problems and paging) and
 * compared with {@code src/test/resources/metadata/golden/<name>.json}. With {@code -Dgolden.write=true} missing
 * golden files are written instead; each was then read against its fixture by hand before it was committed.
 */
public final class GoldenFiles {

    private static final Path GOLDEN = Path.of("src/test/resources/metadata/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenFiles() {
    }

    public static void assertMatches(MetadataBatch batch, String goldenName) {
        String actual = render(batch);
        Path golden = GOLDEN.resolve(goldenName + ".json");
        try {
            if (!Files.exists(golden) && Boolean.getBoolean("golden.write")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (write it with -Dgolden.write=true, then check it by hand)").exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(MetadataBatch batch) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", batch.format());
        // not Map.of: its order changes from one JVM to the next, and so would the golden text
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("total", String.valueOf(batch.paging().total()));
        paging.put("next", String.valueOf(batch.paging().next()));
        root.put("paging", paging);
        root.put("problems", batch.problems().stream().map(Object::toString).map(GoldenFiles::withoutDirectory).toList());
        root.put("records", batch.records().stream().map(GoldenFiles::fields).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> fields(MetadataRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("origin", withoutDirectory(r.origin()));
        m.put("title", r.title());
        m.put("authors", r.authors());
        m.put("authorsTruncated", r.authorsTruncated());
        m.put("abstract", r.abstractText());
        m.put("published", date(r.published()));
        m.put("updated", date(r.updated()));
        m.put("venue", r.venue());
        m.put("arxivId", r.arxivId());
        m.put("arxivVersion", r.arxivVersion());
        m.put("doi", r.doi());
        m.put("arxivCategories", r.arxivCategories());
        m.put("comment", r.comment());
        m.put("journalRef", r.journalRef());
        m.put("links", List.of(String.valueOf(r.links().paper()), String.valueOf(r.links().pdf()),
                String.valueOf(r.links().code()), String.valueOf(r.links().project())));
        m.put("type", r.type());
        m.put("source", r.source());
        return m;
    }

    private static String date(PartialDate date) {
        return date == null ? null : date.toString();
    }

    // goldens must not depend on where the fixtures lie
    private static String withoutDirectory(String origin) {
        return origin == null ? null : origin.replaceAll("^.*/", "");
    }
}
