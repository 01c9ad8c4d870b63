package org.livesurvey.ingest.source.ris;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.metadata.Utf8Text;
import org.livesurvey.ingest.source.ReadProblem;

/**
 * Reads RIS ({@code .ris}, as reference managers and publishers export it) and the Web of Science plain-text export
 * that looks like it ({@code FN}/{@code VR} header, {@code PT} records); which of the two a file is, its first tag
 * says. A record without a title, one cut off before its {@code ER} and one with a value over the limits become
 * problems at their line; the other records are still read.
 */
public final class RisReader implements MetadataReader {

    private static final Pattern RIS_RECORD_START = Pattern.compile("(?m)^TY  -( |\\r?$)");
    private static final Pattern WOS_START =
            Pattern.compile("FN [^\\n]*\\n(VR \\d|PT [A-Z]\\r?\\n)|PT [A-Z]\\r?\\n[A-Z][A-Z0-9] ");

    @Override
    public String format() {
        return "RIS";
    }

    @Override
    public boolean recognises(byte[] head, String name) {
        if (head == null) {
            return false;
        }
        String text = withoutByteOrderMark(new String(head, StandardCharsets.UTF_8));
        return RIS_RECORD_START.matcher(text).find() || isWebOfScience(text);
    }

    @Override
    public MetadataBatch read(byte[] content, String name) {
        ReadLimits.checkInputSize(name, content.length);
        String text = Utf8Text.decode(content, name);
        RisDialect dialect = isWebOfScience(text) ? RisDialect.WEB_OF_SCIENCE : RisDialect.STANDARD;
        TaggedRecordParser.Result parsed = new TaggedRecordParser(dialect).parse(text);
        List<ReadProblem> problems = new ArrayList<>();
        for (TaggedRecordParser.Unclosed cut : parsed.unclosed()) {
            problems.add(new ReadProblem(name, cut.line(), "record at line " + cut.line() + " is not closed by ER "
                    + (cut.nextLine() < 0 ? "before the end of the file" : "before line " + cut.nextLine())));
        }
        List<MetadataRecord> records = new ArrayList<>();
        for (TaggedRecord record : parsed.records()) {
            String origin = name + ":" + record.line();
            try {
                record.checkLimits();
                records.add(dialect == RisDialect.WEB_OF_SCIENCE
                        ? WosRecordMapper.toRecord(record, origin, parsed.header().get("FN"))
                        : RisRecordMapper.toRecord(record, origin));
            } catch (InvalidRecordException e) {
                problems.add(new ReadProblem(name, record.line(),
                        "record at line " + record.line() + " " + e.getMessage()));
            } catch (ReadLimits.FieldTooLongException e) {
                problems.add(new ReadProblem(name, record.line(),
                        "record at line " + record.line() + " is dropped: " + e.getMessage()));
            }
        }
        problems.sort(Comparator.comparingInt(ReadProblem::line));
        return new MetadataBatch(format(), records, problems);
    }

    /** The Web of Science export opens with its header ({@code FN}, then {@code VR}) or directly with a record. */
    private static boolean isWebOfScience(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return WOS_START.matcher(text).region(start, text.length()).lookingAt();
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
