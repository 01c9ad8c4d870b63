package org.livesurvey.ingest.source.ris;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.metadata.Dois;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PaperLinks;
import org.livesurvey.ingest.metadata.Texts;
import org.livesurvey.ingest.model.Links;

/**
 * A standard RIS record as a {@link MetadataRecord}. The title is {@code TI} or {@code T1}, else the short title
 * {@code ST}; authors are {@code AU} and {@code A1} ({@code A2} are editors); the venue is the secondary title
 * {@code T2} or a journal name ({@code JF}, {@code JO}, {@code BT}, then the abbreviation {@code J2}).
 */
final class RisRecordMapper {

    private RisRecordMapper() {
    }

    /** @throws InvalidRecordException when the record has no title */
    static MetadataRecord toRecord(TaggedRecord record, String origin) {
        String title = Texts.orNull(record.first("TI", "T1", "ST"));
        if (title == null) {
            throw new InvalidRecordException("has no title");
        }
        List<String> authorValues = new ArrayList<>(record.all("AU"));
        authorValues.addAll(record.all("A1"));
        RisNames.Authors authors = RisNames.parse(authorValues);
        String doi = Dois.normalize(record.first("DO"));
        List<String> urls = urls(record);
        String arxivId = arxivId(urls, doi);
        Links links = PaperLinks.of(urls, arxivId, doi);
        String pdf = firstWebLink(record.all("L1"));
        return MetadataRecord.builder(origin)
                .title(title)
                .authors(authors.names())
                .authorsTruncated(authors.truncated())
                .abstractText(record.first("AB", "N2"))
                .published(RisDates.mostPrecise(record.first("PY"), record.first("Y1"), record.first("DA")))
                .venue(record.first("T2", "JF", "JO", "BT", "J2"))
                .doi(doi)
                .arxivId(arxivId)
                .links(pdf == null || links.pdf() != null ? links : new Links(links.paper(), pdf, null, null))
                .type(lowerCase(record.first("TY")))
                .build();
    }

    /** {@code UR} values; one value may hold several URLs, one per line or separated by spaces. */
    private static List<String> urls(TaggedRecord record) {
        List<String> urls = new ArrayList<>();
        for (String value : record.all("UR")) {
            for (String url : value.strip().split("\\s+")) {
                if (!url.isEmpty()) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    private static String arxivId(List<String> urls, String doi) {
        for (String url : urls) {
            if (url.toLowerCase(Locale.ROOT).contains("arxiv.org/")) {
                return ArxivIds.idOf(url);
            }
        }
        return doi != null && doi.startsWith("10.48550/") ? ArxivIds.idOf(doi) : null;
    }

    /** {@code L1} names the PDF; reference managers also put local paths there ({@code internal-pdf://}). */
    private static String firstWebLink(List<String> values) {
        for (String value : values) {
            if (value.strip().matches("(?i)^https?://\\S+$")) {
                return value.strip();
            }
        }
        return null;
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
