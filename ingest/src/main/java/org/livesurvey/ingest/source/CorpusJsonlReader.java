package org.livesurvey.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the corpus format: one JSON object per line (see {@code ../shared/corpus/README.md}). A line that is not a
 * valid record becomes a {@link ReadProblem} naming its line number; every other line is still read, so one broken
 * line never hides the rest of the corpus.
 */
public final class CorpusJsonlReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ReadResult<CorpusRecord> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param fileName how messages name the input */
    public ReadResult<CorpusRecord> read(Reader input, String fileName) throws IOException {
        List<CorpusRecord> records = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        BufferedReader lines = new BufferedReader(input);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String text = lineNumber == 1 ? stripByteOrderMark(line) : line;
            if (text.isBlank()) {
                continue;
            }
            try {
                records.add(parse(JSON.readTree(text), lineNumber));
            } catch (JsonProcessingException e) {
                problems.add(new ReadProblem(fileName, lineNumber, "not valid JSON: " + firstLine(e.getOriginalMessage())));
            } catch (InvalidRecordException e) {
                problems.add(new ReadProblem(fileName, lineNumber, e.getMessage()));
            }
        }
        return new ReadResult<>(records, problems);
    }

    private static CorpusRecord parse(JsonNode node, int line) {
        if (!node.isObject()) {
            throw new InvalidRecordException("expected a JSON object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        RecordFields fields = new RecordFields(node);
        return new CorpusRecord(
                line,
                fields.requiredText("id"),
                fields.requiredText("title"),
                fields.textList("title_variants"),
                fields.optionalText("arxiv_id"),
                fields.optionalText("url"),
                fields.optionalText("link_type"),
                fields.optionalInt("year"),
                fields.optionalText("venue"),
                fields.optionalText("code_url"),
                fields.requiredText("source_list"),
                fields.optionalText("source_section"),
                fields.requiredText("category"),
                fields.optionalText("subcategory"),
                fields.textList("categories"),
                fields.textList("source_lists"),
                appearances(node),
                fields.textList("arxiv_id_conflict"),
                fields.textList("listed_arxiv_ids_corrected"));
    }

    private static List<CorpusRecord.Appearance> appearances(JsonNode record) {
        JsonNode array = record.get("appearances");
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidRecordException("'appearances' must be an array");
        }
        List<CorpusRecord.Appearance> appearances = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new InvalidRecordException("'appearances' must hold objects");
            }
            RecordFields fields = new RecordFields(item, "appearances[" + appearances.size() + "].");
            appearances.add(new CorpusRecord.Appearance(
                    fields.requiredText("source_list"),
                    fields.optionalText("source_section"),
                    fields.requiredText("category"),
                    fields.optionalText("subcategory")));
        }
        return appearances;
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Typed access to the fields of one JSON object, with messages that name the field. */
    private record RecordFields(JsonNode object, String prefix) {

        RecordFields(JsonNode object) {
            this(object, "");
        }

        String requiredText(String name) {
            String value = optionalText(name);
            if (value == null || value.isBlank()) {
                throw new InvalidRecordException("missing required field '" + prefix + name + "'");
            }
            return value;
        }

        String optionalText(String name) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new InvalidRecordException("'" + prefix + name + "' must be a string");
            }
            return value.textValue();
        }

        Integer optionalInt(String name) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidRecordException("'" + prefix + name + "' must be a whole number");
            }
            return value.intValue();
        }

        List<String> textList(String name) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                throw new InvalidRecordException("'" + prefix + name + "' must be an array of strings");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw new InvalidRecordException("'" + prefix + name + "' must be an array of strings");
                }
                texts.add(item.textValue());
            }
            return texts;
        }
    }

    private static final class InvalidRecordException extends RuntimeException {

        InvalidRecordException(String message) {
            super(message);
        }
    }
}
