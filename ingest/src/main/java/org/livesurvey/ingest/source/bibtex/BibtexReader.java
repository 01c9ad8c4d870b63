package org.livesurvey.ingest.source.bibtex;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Token;
import org.jbibtex.Value;
import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.metadata.Utf8Text;
import org.livesurvey.ingest.source.ReadProblem;

/**
 * Reads BibTeX ({@code .bib}): every entry with a title becomes a record; an entry that is broken, has no title or
 * has a field over the limits becomes a problem at its line, and the other entries are still read.
 *
 * <p>The file is cut into entries first ({@link EntryScanner}) and each is parsed by jbibtex on its own, with the
 * {@code @string} macros defined above it, because jbibtex gives up on a whole file at its first syntax error.
 * {@code crossref} is resolved afterwards over the whole file, so a parent may stand before or after its children. A
 * macro that no {@code @string} defines stands for its own name (BibTeX would leave the field empty).
 */
public final class BibtexReader implements MetadataReader {

    private static final Pattern ENTRY_START = Pattern.compile("(?m)^[ \\t]*@[ \\t]*[A-Za-z][\\w:.-]*[ \\t]*[{(]");

    @Override
    public String format() {
        return "BibTeX";
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        if (head == null) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (ENTRY_START.matcher(text).find()) {
            return true;
        }
        String stripped = text.strip();
        // a .bib file may open with more notes than the sniffed head holds; JSON and XML are never BibTeX
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".bib")
                && (stripped.isEmpty() || "{[<".indexOf(stripped.charAt(0)) < 0);
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        ReadLimits.checkInputSize(name, content.length);
        String text = Utf8Text.decode(content, name);
        List<ReadProblem> problems = new ArrayList<>();
        List<BibtexEntry> entries = parseEntries(text, name, problems);
        Map<String, BibtexEntry> byKey = new HashMap<>();
        for (BibtexEntry entry : entries) {
            if (!entry.chunk().key().isEmpty()) {
                byKey.putIfAbsent(entry.chunk().key().toLowerCase(Locale.ROOT), entry);
            }
        }
        List<MetadataRecord> records = new ArrayList<>();
        for (BibtexEntry entry : entries) {
            try {
                records.add(BibtexRecordMapper.toRecord(withCrossref(entry, byKey),
                        name + ":" + entry.chunk().line()));
            } catch (BibtexRecordMapper.InvalidEntryException e) {
                problems.add(problem(name, entry.chunk(), e.getMessage()));
            } catch (ReadLimits.FieldTooLongException e) {
                problems.add(problem(name, entry.chunk(), "is dropped: " + e.getMessage()));
            }
        }
        problems.sort(Comparator.comparingInt(ReadProblem::line));
        return new MetadataBatch(format(), records, problems);
    }

    private static List<BibtexEntry> parseEntries(String text, String name, List<ReadProblem> problems) {
        BibTeXParser parser = lenientParser();
        List<BibtexEntry> entries = new ArrayList<>();
        LiteralTable literals = new LiteralTable(text);
        EntryScanner scanner = new EntryScanner(text, literals);
        for (EntryChunk chunk = scanner.next(); chunk != null; chunk = scanner.next()) {
            if (chunk.flaw() != null) {
                problems.add(problem(name, chunk, chunk.flaw()));
                continue;
            }
            try {
                BibTeXDatabase database = parser.parse(new StringReader(chunk.parseText()));
                database.getStrings().values().forEach(parser::addMacro);
                for (BibTeXEntry entry : database.getEntries().values()) {
                    entries.add(new BibtexEntry(chunk, fieldsOf(entry, literals)));
                }
            } catch (ParseException e) {
                problems.add(problem(name, chunk, "cannot be read: " + describe(e, chunk.line())));
            } catch (RuntimeException e) {
                // jbibtex's lexer and resolver errors are unchecked; one entry's failure must not end the file
                problems.add(problem(name, chunk, "cannot be read: " + firstLine(e.getMessage())));
            }
        }
        return entries;
    }

    private static Map<String, String> fieldsOf(BibTeXEntry entry, LiteralTable literals) {
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            fields.put(field.getKey().getValue().toLowerCase(Locale.ROOT),
                    literals.restore(field.getValue().toUserString()));
        }
        return fields;
    }

    private static BibtexEntry withCrossref(BibtexEntry entry, Map<String, BibtexEntry> byKey) {
        String crossref = entry.field("crossref");
        BibtexEntry parent = crossref == null ? null : byKey.get(crossref.strip().toLowerCase(Locale.ROOT));
        return parent == null || parent == entry ? entry : entry.inheritingFrom(parent);
    }

    private static BibTeXParser lenientParser() {
        try {
            return new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined macro keeps its name as the value instead of failing the entry
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // each entry is parsed alone: crossref is resolved over the whole file afterwards
                }
            };
        } catch (ParseException e) {
            throw new IllegalStateException("jbibtex cannot start a parser", e);
        }
    }

    /** jbibtex's message names the token it did not expect; its line counts from the entry's first line. */
    private static String describe(ParseException e, int entryLine) {
        Token unexpected = e.currentToken == null ? null : e.currentToken.next;
        if (unexpected == null) {
            return firstLine(e.getMessage());
        }
        String what = unexpected.kind == 0 ? "end of the entry" : "'" + unexpected.image + "'";
        return "unexpected " + what + " at line " + (entryLine + unexpected.beginLine - 1);
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }

    private static ReadProblem problem(String name, EntryChunk chunk, String what) {
        return new ReadProblem(name, chunk.line(), chunk.describe() + " " + what);
    }
}
