package org.livesurvey.ingest.importer;

import java.util.List;

import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.Venues;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;

/**
 * Turns a metadata record into a paper the importer can match and write: the id the paper gets if it is new (arXiv
 * id, else DOI, else title slug), arXiv's own links for a preprint with the venue's page beside them, the venue under
 * its canonical name, and categories suggested from the title.
 */
public final class RecordToPaper {

    /** arXiv registers a DOI for every preprint; it says nothing the arXiv id does not. */
    private static final String ARXIV_DOI_PREFIX = "10.48550/";

    private final TitleKeywordClassifier classifier;

    public RecordToPaper(TitleKeywordClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * @param provenance the source to credit in {@code sources:}: the record's own, or this one when it names none
     * @throws IllegalArgumentException when the record has no title: it cannot become a paper
     */
    public IncomingPaper convert(MetadataRecord record, String provenance) {
        if (record.title() == null) {
            throw new IllegalArgumentException("no title");
        }
        String arxiv = record.arxivId();
        String doi = doiOf(record);
        Integer year = record.published() == null ? null : record.published().year();
        Paper paper = new Paper(
                idOf(record),
                record.title(),
                record.authors(),
                record.published(),
                record.updated(),
                venueOf(record, year),
                new Identifiers(arxiv, doi),
                linksOf(record, arxiv),
                record.abstractText(),
                classifier.suggest(record.title()),
                List.of(), null, List.of(), null, List.of(), List.of(),
                record.arxivCategories(), List.of(), List.of(),
                record.authorsTruncated());
        return new IncomingPaper(paper, List.of(), record.origin(),
                record.source() != null ? record.source() : provenance);
    }

    /** The id a record's paper gets when it is new: its arXiv id, else its DOI, else its title's slug. */
    public static String idOf(MetadataRecord record) {
        String doi = doiOf(record);
        if (record.arxivId() != null) {
            return PaperIds.fromArxiv(record.arxivId());
        }
        return doi != null ? PaperIds.fromDoi(doi) : PaperIds.slugOf(record.title());
    }

    private static String doiOf(MetadataRecord record) {
        return record.doi() == null || record.doi().startsWith(ARXIV_DOI_PREFIX) ? null : record.doi();
    }

    /** The venue the record names, else the one its arXiv comment or journal reference names. */
    private static String venueOf(MetadataRecord record, Integer year) {
        String venue = Venues.normalize(record.venue(), year);
        if (venue == null) {
            venue = Venues.normalize(record.journalRef(), year);
        }
        return venue != null ? venue : Venues.fromComment(record.comment());
    }

    /** A preprint's landing page is arXiv's; a venue page the record gives goes beside it. */
    private static Links linksOf(MetadataRecord record, String arxiv) {
        Links given = record.links();
        if (arxiv == null) {
            return new Links(given.paper(), given.pdf(), given.code(), given.project(), null);
        }
        String venuePage = given.paper() != null && !given.paper().contains("arxiv.org/") ? given.paper() : null;
        return new Links("https://arxiv.org/abs/" + arxiv, "https://arxiv.org/pdf/" + arxiv, given.code(),
                given.project(), venuePage);
    }
}
