package org.livesurvey.ingest.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Source;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes papers as {@code taxonomy/papers/<id>.yaml} in the documented field order, so that files written by the
 * importer and files edited by hand look alike and diffs stay small.
 */
public final class PaperFileWriter {

    private static final String SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema/paper.schema.json\n";
    private static final int LONG_TEXT = 100;

    private final Yaml yaml;

    public PaperFileWriter() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(110);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        yaml = new Yaml(new LongTextAsFolded(options), options);
    }

    /** The path a paper's file has under a taxonomy directory. */
    public static Path fileOf(Path taxonomyDir, String paperId) {
        return taxonomyDir.resolve("papers").resolve(paperId + ".yaml");
    }

    /** Writes the file atomically: a crash leaves the old file or the new one, never half of one. */
    public Path write(Path taxonomyDir, Paper paper) {
        Path target = fileOf(taxonomyDir, paper.id());
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
            Files.writeString(temp, toYaml(paper), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public String toYaml(Paper paper) {
        return SCHEMA_COMMENT + yaml.dump(toMap(paper));
    }

    static Map<String, Object> toMap(Paper paper) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", paper.id());
        out.put("title", paper.title());
        out.put("authors", paper.authors());
        if (paper.authorsTruncated()) {
            out.put("authors_truncated", true);
        }
        putIfPresent(out, "published", paper.published() == null ? null : paper.published().toString());
        putIfPresent(out, "updated", paper.updated() == null ? null : paper.updated().toString());
        putIfPresent(out, "venue", paper.venue());
        Map<String, Object> identifiers = new LinkedHashMap<>();
        putIfPresent(identifiers, "arxiv", paper.identifiers().arxiv());
        putIfPresent(identifiers, "doi", paper.identifiers().doi());
        putIfPresent(out, "identifiers", identifiers);
        Map<String, Object> links = new LinkedHashMap<>();
        putIfPresent(links, "paper", paper.links().paper());
        putIfPresent(links, "pdf", paper.links().pdf());
        putIfPresent(links, "code", paper.links().code());
        putIfPresent(links, "project", paper.links().project());
        putIfPresent(links, "venue", paper.links().venue());
        putIfPresent(out, "links", links);
        putIfPresent(out, "abstract", paper.abstractText());
        putIfPresent(out, "arxiv_categories", paper.arxivCategories());
        out.put("categories", paper.categories());
        putIfPresent(out, "tags", paper.tags());
        putIfPresent(out, "contribution", paper.contribution() == null ? null : paper.contribution().key());
        putIfPresent(out, "modality", paper.modality());
        putIfPresent(out, "training", paper.training());
        putIfPresent(out, "claims", mapAll(paper.claims(), PaperFileWriter::claimToMap));
        putIfPresent(out, "sources", mapAll(paper.sources(), PaperFileWriter::sourceToMap));
        putIfPresent(out, "former_ids", paper.formerIds());
        putIfPresent(out, "distinct_from", paper.distinctFrom());
        return out;
    }

    private static Map<String, Object> claimToMap(Claim claim) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", claim.id());
        putIfPresent(out, "statement", claim.statement());
        out.put("metric", claim.metric());
        putIfPresent(out, "value", claim.value());
        putIfPresent(out, "min", claim.min());
        putIfPresent(out, "max", claim.max());
        putIfPresent(out, "unit", claim.unit());
        putIfPresent(out, "setting", claim.setting());
        putIfPresent(out, "where", claim.where());
        return out;
    }

    private static Map<String, Object> sourceToMap(Source source) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("list", source.list());
        putIfPresent(out, "section", source.section());
        putIfPresent(out, "fields", source.fields());
        return out;
    }

    private static <T> List<Map<String, Object>> mapAll(List<T> items, Function<T, Map<String, Object>> mapper) {
        return items.stream().map(mapper).toList();
    }

    private static void putIfPresent(Map<String, Object> out, String key, Object value) {
        boolean empty = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
        if (!empty) {
            out.put(key, value);
        }
    }

    /** Abstracts and other long or multi-line texts read best as folded blocks. */
    private static final class LongTextAsFolded extends Representer {

        LongTextAsFolded(DumperOptions options) {
            super(options);
        }

        @Override
        protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
            boolean plainOrDefault = style == null || style == DumperOptions.ScalarStyle.PLAIN
                    || style == DumperOptions.ScalarStyle.LITERAL;
            if (Tag.STR.equals(tag) && plainOrDefault && (value.length() > LONG_TEXT || value.contains("\n"))) {
                return super.representScalar(tag, value, DumperOptions.ScalarStyle.FOLDED);
            }
            return super.representScalar(tag, value, style);
        }
    }
}
