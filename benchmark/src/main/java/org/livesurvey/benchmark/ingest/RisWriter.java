package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.ris.RisReader;

/**
 * A {@code .ris} export of a reference manager: one {@code AU} line per author ("Family, Given"), keywords for the
 * arXiv categories, and the abstract over several lines, its continuation lines indented.
 */
final class RisWriter implements SampleWriter {

    private static final int LINE = 72;
    private static final String CONTINUATION = "\n      ";

    @Override
    public String key() {
        return "ris";
    }

    @Override
    public String fileName() {
        return "references.ris";
    }

    @Override
    public MetadataReader reader() {
        return new RisReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.RIS;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        for (SamplePaper paper : papers) {
            out.append(record(paper)).append('\n');
        }
    }

    private static String record(SamplePaper paper) {
        StringBuilder record = new StringBuilder(4096);
        Venue venue = paper.venue();
        tag(record, "TY", venue == null ? "UNPB" : venue.journal() ? "JOUR" : "CPAPER");
        tag(record, "TI", paper.title());
        for (String author : paper.authors()) {
            tag(record, "AU", NameParts.of(author).inverted());
        }
        if (paper.authorsTruncated()) {
            tag(record, "AU", "et al.");
        }
        if (paper.abstractText() != null) {
            tag(record, "AB", String.join(CONTINUATION, TextLines.wrap(paper.abstractText(), LINE)));
        }
        tag(record, venue == null ? "PB" : "T2", venue == null ? "arXiv" : venue.name());
        tag(record, "PY", String.valueOf(paper.published().getYear()));
        tag(record, "DA", String.format(Locale.ROOT, "%d/%02d/%02d/", paper.published().getYear(),
                paper.published().getMonthValue(), paper.published().getDayOfMonth()));
        for (String category : paper.categories()) {
            tag(record, "KW", category);
        }
        if (paper.comment() != null) {
            tag(record, "N1", paper.comment());
        }
        tag(record, "DO", paper.doi() != null ? paper.doi() : paper.arxivDoi());
        tag(record, "UR", paper.absUrl());
        tag(record, "L1", paper.pdfUrl());
        record.append("ER  - \n");
        return record.toString();
    }

    private static void tag(StringBuilder record, String tag, String value) {
        record.append(tag).append("  - ").append(value).append('\n');
    }
}
