package org.livesurvey.ingest.source.ris;

import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PaperLinks;
import org.livesurvey.ingest.metadata.ReadLimits;
import org.livesurvey.ingest.metadata.Texts;

/**
 * A Web of Science record as a {@link MetadataRecord}: {@code TI} title, full author names {@code AF} (else the
 * short {@code AU}), {@code SO} venue, {@code PY}/{@code PD} date, {@code DI} DOI and {@code DT} document type. Its
 * {@code DA} is the day of the export, not of the paper, and is not used. The source names the provider of the
 * file ({@code FN}) and the record's accession number ({@code UT}).
 */
final class WosRecordMapper {

    private WosRecordMapper() {
    }

    /** @throws InvalidRecordException when the record has no title */
    static MetadataRecord toRecord(TaggedRecord record, String origin, String provider) {
        String title = joined(record, "TI");
        if (title == null) {
            throw new InvalidRecordException("has no title");
        }
        List<String> authorValues = record.all("AF").isEmpty() ? record.all("AU") : record.all("AF");
        RisNames.Authors authors = RisNames.parse(authorValues);
        String doi = Dois.normalize(record.first("DI"));
        String arxivId = doi != null && doi.startsWith("10.48550/") ? ArxivIds.idOf(doi) : null;
        String type = record.first("DT", "PT");
        return MetadataRecord.builder(origin)
                .title(title)
                .authors(authors.names())
                .authorsTruncated(authors.truncated())
                .abstractText(joined(record, "AB"))
                .published(RisDates.webOfScience(record.first("PY"), record.first("PD")))
                .venue(joined(record, "SO"))
                .doi(doi)
                .arxivId(arxivId)
                .links(PaperLinks.of(List.of(), arxivId, doi))
                .type(type == null ? null : type.toLowerCase(Locale.ROOT))
                .source(source(provider, record.first("UT")))
                .build();
    }

    /** A text that Web of Science wraps over several lines, as one; its lines may pass the limit only apart. */
    private static String joined(TaggedRecord record, String tag) {
        return Texts.orNull(ReadLimits.checkField(tag, String.join(" ", record.all(tag))));
    }

    private static String source(String provider, String accessionNumber) {
        if (provider == null || accessionNumber == null) {
            return provider == null ? accessionNumber : provider;
        }
        return provider + " (" + accessionNumber + ")";
    }
}
