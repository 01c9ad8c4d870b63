package org.livesurvey.ingest.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a metadata file for an abstract list: {@code papers:}, a list of entries in the paper file format without
 * {@code abstract} (the abstract comes from the list, entry by entry in the same order).
 */
public final class PaperMetadataReader {

    private static final Set<String> PAPER_KEYS = Set.of("id", "title", "authors", "published", "updated", "venue",
            "identifiers", "links", "categories", "tags", "contribution", "modality", "training", "claims", "sources");
    private static final Set<String> CLAIM_KEYS = Set.of("id", "statement", "metric", "value", "min", "max", "unit",
            "setting", "where");

    /**
     * @throws InvalidInputException naming the entry and field when the file does not have this form
     */
    public List<Paper> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(document instanceof Map<?, ?> root) || !(root.get("papers") instanceof List<?> entries)) {
                throw new InvalidInputException(file + ": expected a mapping with 'papers', a list of papers");
            }
            List<Paper> papers = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                papers.add(paper(new Fields(entries.get(i), file + ": papers[" + i + "]")));
            }
            return papers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Paper paper(Fields entry) {
        entry.allowOnly(PAPER_KEYS);
        Fields identifiers = entry.child("identifiers");
        Fields links = entry.child("links");
        String contribution = entry.text("contribution");
        return new Paper(
                entry.requiredText("id"),
                entry.requiredText("title"),
                entry.texts("authors"),
                entry.date("published"),
                entry.date("updated"),
                entry.text("venue"),
                new Identifiers(identifiers.text("arxiv"), identifiers.text("doi")),
                new Links(links.text("paper"), links.text("pdf"), links.text("code"), links.text("project")),
                null,
                entry.texts("categories"),
                entry.texts("tags"),
                contribution == null ? null : entry.contribution(contribution),
                entry.texts("modality"),
                entry.text("training"),
                entry.children("claims").stream().map(PaperMetadataReader::claim).toList(),
                entry.children("sources").stream()
                        .map(source -> new Source(source.requiredText("list"), source.text("section"))).toList());
    }

    private static Claim claim(Fields claim) {
        claim.allowOnly(CLAIM_KEYS);
        return new Claim(claim.requiredText("id"), claim.text("statement"), claim.requiredText("metric"),
                claim.number("value"), claim.number("min"), claim.number("max"), claim.text("unit"),
                claim.text("setting"), claim.text("where"));
    }

    /** Typed access to one YAML mapping, with messages that say where in the file a value is wrong. */
    private record Fields(Map<?, ?> map, String where) {

        Fields(Object value, String where) {
            this(asMap(value, where), where);
        }

        private static Map<?, ?> asMap(Object value, String where) {
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new InvalidInputException(where + ": expected a mapping");
            }
            return map;
        }

        void allowOnly(Set<String> keys) {
            for (Object key : map.keySet()) {
                if (!keys.contains(String.valueOf(key))) {
                    throw new InvalidInputException(where + ": unknown field '" + key + "'");
                }
            }
        }

        String text(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String text)) {
                // an unquoted 2504.17040 is a number to YAML and would lose its trailing zero
                throw new InvalidInputException(where + "." + key + ": expected text (quote it), found " + value);
            }
            return text;
        }

        String requiredText(String key) {
            String value = text(key);
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(where + "." + key + ": required");
            }
            return value;
        }

        List<String> texts(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
                throw new InvalidInputException(where + "." + key + ": expected a list of texts");
            }
            return items.stream().map(String.class::cast).toList();
        }

        Double number(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof Number number)) {
                throw new InvalidInputException(where + "." + key + ": expected a number, found " + value);
            }
            return number.doubleValue();
        }

        PartialDate date(String key) {
            Object value = map.get(key);
            if (value == null) {
                return null;
            }
            String text;
            if (value instanceof Date date) {
                // YAML reads an unquoted 2025-04-23 as a timestamp at midnight UTC
                text = date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            } else if (value instanceof Integer || value instanceof String) {
                text = String.valueOf(value);
            } else {
                throw new InvalidInputException(where + "." + key + ": expected a date, found " + value);
            }
            try {
                return PartialDate.parse(text);
            } catch (DateTimeException e) {
                throw new InvalidInputException(where + "." + key + ": " + e.getMessage());
            }
        }

        ContributionType contribution(String key) {
            try {
                return ContributionType.fromKey(key);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ".contribution: unknown kind '" + key + "'");
            }
        }

        Fields child(String key) {
            return new Fields(map.get(key), where + "." + key);
        }

        List<Fields> children(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items)) {
                throw new InvalidInputException(where + "." + key + ": expected a list");
            }
            List<Fields> children = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                children.add(new Fields(items.get(i), where + "." + key + "[" + i + "]"));
            }
            return children;
        }
    }
}
