package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.bibtex.BibtexReader;

/**
 * A {@code .bib} file as exports give them, in three styles by turns: arXiv's own ({@code @misc} with
 * {@code eprint}, names in display order), Google Scholar's ({@code @article} with journal "arXiv preprint
 * arXiv:…") and a reference manager's for papers with a venue ({@code @inproceedings} or {@code @article} whose
 * venue is an {@code @string} macro, a month macro, the title in double braces). Accented names are LaTeX accents;
 * abstracts keep their Unicode and their LaTeX.
 */
final class BibtexWriter implements SampleWriter {

    @Override
    public String key() {
        return "bibtex";
    }

    @Override
    public String fileName() {
        return "references.bib";
    }

    @Override
    public MetadataReader reader() {
        return new BibtexReader();
    }

    @Override
    public Syntax syntax() {
        return Syntax.BIBTEX;
    }

    @Override
    public void write(List<SamplePaper> papers, Writer out) throws IOException {
        out.write("% " + papers.size() + " references exported for the LiveSurvey ingest benchmark\n\n");
        for (Venue venue : Venue.COMMON) {
            out.write("@string{" + venue.macro() + " = \"" + venue.name() + "\"}\n");
        }
        out.write('\n');
        Map<String, Integer> keys = new HashMap<>();
        for (SamplePaper paper : papers) {
            String key = citationKey(paper, keys);
            if (paper.venue() != null) {
                out.write(withVenue(paper, key));
            } else if (paper.number() % 2 == 1) {
                out.write(arxivStyle(paper, key));
            } else {
                out.write(scholarStyle(paper, key));
            }
            out.write('\n');
        }
    }

    private static String arxivStyle(SamplePaper paper, String key) {
        StringBuilder entry = new StringBuilder(4096).append("@misc{").append(key).append(",\n");
        field(entry, "      title={", text(paper.title(), true), "}, \n");
        field(entry, "      author={", paper.authors().stream().map(name -> text(name, true))
                .collect(Collectors.joining(" and ")) + (paper.authorsTruncated() ? " and others" : ""), "},\n");
        field(entry, "      year={", String.valueOf(paper.published().getYear()), "},\n");
        field(entry, "      eprint={", paper.arxivId(), "},\n");
        entry.append("      archivePrefix={arXiv},\n");
        field(entry, "      primaryClass={", paper.primaryCategory(), "},\n");
        if (paper.abstractText() != null) {
            field(entry, "      abstract={", text(paper.abstractText(), false), "},\n");
        }
        if (paper.comment() != null) {
            field(entry, "      note={", text(paper.comment(), false), "},\n");
        }
        field(entry, "      url={", paper.absUrl(), "}, \n");
        return entry.append("}\n").toString();
    }

    private static String scholarStyle(SamplePaper paper, String key) {
        StringBuilder entry = new StringBuilder(4096).append("@article{").append(key).append(",\n");
        field(entry, "  title={", text(paper.title(), true), "},\n");
        field(entry, "  author={", invertedNames(paper), "},\n");
        field(entry, "  journal={arXiv preprint arXiv:", paper.arxivId(), "},\n");
        if (paper.abstractText() != null) {
            field(entry, "  abstract={", text(paper.abstractText(), false), "},\n");
        }
        field(entry, "  year={", String.valueOf(paper.published().getYear()), "}\n");
        return entry.append("}\n").toString();
    }

    private static String withVenue(SamplePaper paper, String key) {
        Venue venue = paper.venue();
        StringBuilder entry = new StringBuilder(4096).append(venue.journal() ? "@article{" : "@inproceedings{")
                .append(key).append(",\n");
        field(entry, "  title     = {{", text(paper.title(), true), "}},\n");
        field(entry, "  author    = {", invertedNames(paper), "},\n");
        entry.append(venue.journal() ? "  journal   = " : "  booktitle = ").append(venue.macro()).append(",\n");
        field(entry, "  year      = {", String.valueOf(paper.updated().getYear()), "},\n");
        entry.append("  month     = ").append(paper.updated().getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
                .toLowerCase(Locale.ROOT)).append(",\n");
        if (paper.doi() != null) {
            field(entry, "  doi       = {", paper.doi(), "},\n");
        }
        field(entry, "  eprint    = {", paper.arxivId(), "},\n");
        entry.append("  eprinttype = {arXiv},\n");
        if (paper.abstractText() != null) {
            field(entry, "  abstract  = {", text(paper.abstractText(), false), "},\n");
        }
        if (paper.comment() != null) {
            field(entry, "  note      = {", text(paper.comment(), false), "},\n");
        }
        field(entry, "  url       = {", paper.absUrl(), "}\n");
        return entry.append("}\n").toString();
    }

    private static void field(StringBuilder entry, String opening, String value, String closing) {
        entry.append(opening).append(value).append(closing);
    }

    private static String invertedNames(SamplePaper paper) {
        String names = paper.authors().stream().map(name -> text(NameParts.of(name).inverted(), true))
                .collect(Collectors.joining(" and "));
        return paper.authorsTruncated() ? names + " and others" : names;
    }

    private static String text(String text, boolean accents) {
        return LatexEncoding.value(text, accents);
    }

    /** Google Scholar's key (family name, year, first title word); later papers with the same key get a number. */
    private static String citationKey(SamplePaper paper, Map<String, Integer> keys) {
        String family = paper.authors().isEmpty() ? "anonymous" : NameParts.of(paper.authors().get(0)).family();
        String word = paper.title().split("[^\\p{L}\\p{N}]+", 3)[0];
        String key = asciiLetters(family) + paper.published().getYear() + asciiLetters(word);
        int seen = keys.merge(key, 1, Integer::sum) - 1;
        return seen == 0 ? key : key + "-" + seen;
    }

    private static String asciiLetters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
