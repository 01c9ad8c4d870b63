package org.livesurvey.ingest.source.ris;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the lines of a RIS or Web of Science file into records, in one pass. Lines outside records (a "Record #1
 * of 2" note, a provider line, the Web of Science header) are skipped; only a line of the form {@code ER  -} closes
 * a record, so a value that says "ER" does not. A record that the next one or the end of the file cuts off before
 * its {@code ER} is reported as not closed.
 */
final class TaggedRecordParser {

    private static final String END_TAG = "ER";

    /** The records read, the header lines' values by tag, and why some records were left out. */
    record Result(List<TaggedRecord> records, Map<String, String> header, List<Unclosed> unclosed) {
    }

    /** A record cut off before its {@code ER}: by the record at {@code nextLine}, or by the end ({@code -1}). */
    record Unclosed(int line, int nextLine) {
    }

    private final RisDialect dialect;
    private final List<TaggedRecord> records = new ArrayList<>();
    private final Map<String, String> header = new LinkedHashMap<>();
    private final List<Unclosed> unclosed = new ArrayList<>();
    private Map<String, List<String>> fields;
    private int recordLine;
    private String lastTag;
    private StringBuilder openValue;

    TaggedRecordParser(RisDialect dialect) {
        this.dialect = dialect;
    }

    Result parse(String text) {
        int lineNumber = 0;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            lineNumber++;
            line(stripCarriageReturn(text.substring(start, end)), lineNumber);
            start = end + 1;
        }
        if (fields != null) {
            unclosed.add(new Unclosed(recordLine, -1));
        }
        return new Result(records, header, unclosed);
    }

    private void line(String line, int lineNumber) {
        RisDialect.Tagged tagged = dialect.tagged(line);
        if (tagged != null && tagged.tag().equals(dialect.startTag())) {
            if (fields != null) {
                unclosed.add(new Unclosed(recordLine, lineNumber));
            }
            fields = new LinkedHashMap<>();
            openValue = null;
            recordLine = lineNumber;
            add(tagged);
        } else if (fields == null) {
            if (tagged != null) {
                header.putIfAbsent(tagged.tag(), tagged.value());
            }
        } else if (tagged != null && tagged.tag().equals(END_TAG)) {
            flush();
            records.add(new TaggedRecord(recordLine, fields));
            fields = null;
        } else if (tagged != null) {
            add(tagged);
        } else if (!line.isBlank()) {
            continueValue(line.strip());
        }
    }

    private void add(RisDialect.Tagged tagged) {
        flush();
        lastTag = tagged.tag();
        openValue = new StringBuilder(tagged.value());
    }

    private void continueValue(String text) {
        if (dialect.valuePerLine()) {
            flush();
            openValue = new StringBuilder(text);
        } else {
            openValue.append('\n').append(text);
        }
    }

    private void flush() {
        if (openValue != null) {
            fields.computeIfAbsent(lastTag, tag -> new ArrayList<>()).add(openValue.toString());
            openValue = null;
        }
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
