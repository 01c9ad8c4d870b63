package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.source.CorpusRecord;

/**
 * Turns a corpus record into the paper it describes: ids, dates, links, sources and categories. The categories come
 * from the record's sections first; its title then adds the nodes it names in the same branches.
 */
public final class CorpusPaperMapper {

    private final SectionClassifier classifier;
    private final TitleKeywordClassifier titleClassifier;
    private final WrongArxivLinks wrongArxivLinks;

    public CorpusPaperMapper(SectionClassifier classifier, TitleKeywordClassifier titleClassifier,
                             WrongArxivLinks wrongArxivLinks) {
        this.classifier = classifier;
        this.titleClassifier = titleClassifier;
        this.wrongArxivLinks = wrongArxivLinks;
    }

    /**
     * @param origin   how messages name the record, e.g. {@code papers.jsonl:12}
     * @param warnings receives what was dropped or corrected on the way
     * @throws IllegalArgumentException when the record cannot become a paper (e.g. an unknown category)
     */
    public IncomingPaper map(CorpusRecord record, String origin, List<String> warnings) {
        String title = record.title().strip();
        String arxivId = arxivId(record, title, origin, warnings);
        String paperUrl = url(record.url(), "url", origin, warnings);
        String doi = arxivId == null ? LinkNormalizer.doiIn(paperUrl) : null;
        SectionClassification classification = classifier.classify(record);
        Paper paper = new Paper(
                idOf(arxivId, doi, title),
                title,
                List.of(),
                published(arxivId, record.year()),
                null,
                LinkNormalizer.venue(record.venue()),
                new Identifiers(arxivId, doi),
                links(arxivId, paperUrl, url(record.codeUrl(), "code_url", origin, warnings)),
                null,
                titleClassifier.classify(title, classification.categories()),
                classification.tags(),
                classification.contribution(),
                classification.modality(),
                classification.training(),
                List.of(),
                sources(record));
        return new IncomingPaper(paper, record.titleVariants(), origin);
    }

    private String arxivId(CorpusRecord record, String title, String origin, List<String> warnings) {
        if (record.arxivId() == null) {
            return null;
        }
        String arxivId = PaperIds.normalizeArxivId(record.arxivId());
        if (arxivId == null) {
            warnings.add(origin + ": '" + record.arxivId() + "' is not an arXiv id; ignored");
        } else if (wrongArxivLinks.isWrong(arxivId, title)) {
            warnings.add(origin + ": arXiv " + arxivId + " belongs to another paper than '" + title + "'; ignored");
            return null;
        }
        return arxivId;
    }

    private static String url(String text, String field, String origin, List<String> warnings) {
        String url = LinkNormalizer.url(text);
        if (text != null && url == null) {
            warnings.add(origin + ": " + field + " '" + text + "' is not an http(s) link; left out");
        }
        return url;
    }

    private static String idOf(String arxivId, String doi, String title) {
        if (arxivId != null) {
            return PaperIds.fromArxiv(arxivId);
        }
        return doi != null ? PaperIds.fromDoi(doi) : PaperIds.slugOf(title);
    }

    /** The arXiv id tells the month of the first version; the lists only tell a year. */
    private static PartialDate published(String arxivId, Integer year) {
        PartialDate fromId = arxivId == null ? null : PaperIds.monthOf(arxivId);
        if (fromId != null) {
            return fromId;
        }
        return year == null ? null : new PartialDate(year, null, null);
    }

    private static Links links(String arxivId, String paperUrl, String codeUrl) {
        if (arxivId != null) {
            return new Links("https://arxiv.org/abs/" + arxivId, "https://arxiv.org/pdf/" + arxivId, codeUrl, null);
        }
        return new Links(paperUrl, null, codeUrl, null);
    }

    private static List<Source> sources(CorpusRecord record) {
        Set<Source> sources = new LinkedHashSet<>();
        sources.add(new Source(record.sourceList(), record.sourceSection()));
        record.appearances().forEach(a -> sources.add(new Source(a.sourceList(), a.sourceSection())));
        return new ArrayList<>(sources);
    }
}
