package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.arxiv.ArxivAtomReader;

/** An answer of the arXiv API ({@code export.arxiv.org/api/query}): one Atom feed with every paper as an entry. */
final class ArxivAtomWriter implements SampleWriter {

    @Override
    public String key() {
        return "arxiv-atom";
    }

    @Override
    public String fileName() {
        return "arxiv-api-query.xml";
    }

    @Override
    public MetadataReader reader() {
        return new ArxivAtomReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.XML;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        int count = papers.size();
        out.write("""
                <?xml version='1.0' encoding='UTF-8'?>
                <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" \
                xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
                  <id>https://arxiv.org/api/3pUkLx0V8bXq2mDd7sT0Qz9WcRk</id>
                  <title>arXiv Query: search_query=cat:cs.CL OR cat:cs.LG&amp;id_list=&amp;start=0&amp;max_results=%1$d</title>
                  <updated>2026-02-09T00:00:00Z</updated>
                  <link href="https://arxiv.org/api/query?search_query=cat:cs.CL+OR+cat:cs.LG&amp;start=0&amp;max_results=%1$d" \
                type="application/atom+xml"/>
                  <opensearch:itemsPerPage>%1$d</opensearch:itemsPerPage>
                  <opensearch:totalResults>%1$d</opensearch:totalResults>
                  <opensearch:startIndex>0</opensearch:startIndex>
                """.formatted(count));
        for (SamplePaper paper : papers) {
            entry(paper, out);
        }
        out.write("</feed>\n");
    }

    private static void entry(SamplePaper paper, Writer out) throws IOException {
        String versioned = paper.arxivId() + "v" + paper.version();
        StringBuilder entry = new StringBuilder(4096);
        entry.append("  <entry>\n");
        element(entry, "id", "http://arxiv.org/abs/" + versioned);
        element(entry, "title", paper.title());
        element(entry, "updated", timestamp(paper.updated(), paper.number()));
        entry.append("    <link href=\"https://arxiv.org/abs/").append(versioned)
                .append("\" rel=\"alternate\" type=\"text/html\"/>\n");
        entry.append("    <link href=\"").append(paper.pdfUrl())
                .append("\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>\n");
        if (paper.abstractText() != null) {
            element(entry, "summary", paper.abstractText());
        }
        for (String category : paper.categories()) {
            entry.append("    <category term=\"").append(Xml.escape(category))
                    .append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n");
        }
        element(entry, "published", timestamp(paper.published(), paper.number()));
        if (paper.comment() != null) {
            element(entry, "arxiv:comment", paper.comment());
        }
        if (paper.venue() != null) {
            element(entry, "arxiv:journal_ref", paper.venue().name() + " (" + paper.updated().getYear() + ")");
        }
        if (paper.doi() != null) {
            element(entry, "arxiv:doi", paper.doi());
        }
        entry.append("    <arxiv:primary_category term=\"").append(Xml.escape(paper.primaryCategory()))
                .append("\"/>\n");
        for (String author : paper.authors()) {
            entry.append("    <author>\n      <name>").append(Xml.escape(author)).append("</name>\n    </author>\n");
        }
        entry.append("  </entry>\n");
        out.append(entry);
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append("    <").append(name).append('>').append(Xml.escape(text)).append("</").append(name).append(">\n");
    }

    /** A time of day that differs from paper to paper, as submission times do. */
    static String timestamp(LocalDate date, int number) {
        return String.format(Locale.ROOT, "%sT%02d:%02d:%02dZ", date, number * 7 % 24, number * 13 % 60,
                number * 31 % 60);
    }
}
