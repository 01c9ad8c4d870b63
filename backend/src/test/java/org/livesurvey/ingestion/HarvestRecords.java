package org.livesurvey.ingestion;

import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.PartialDate;

/** Harvested records as the OAI-PMH reader gives them. */
public final class HarvestRecords {

    private HarvestRecords() {
    }

    public static MetadataRecord arxiv(String arxivId, String title) {
        return MetadataRecord.builder("oai:arXiv.org:" + arxivId)
                .title(title)
                .author("Ada Lovelace")
                .author("Alan Turing")
                .abstractText("We study " + title.toLowerCase(Locale.ROOT) + " on many benchmarks.")
                .published(PartialDate.parse("2025-06-02"))
                .arxivId(arxivId)
                .arxivVersion(1)
                .arxivCategory("cs.CL")
                .build();
    }

    public static MetadataRecord doiOnly(String doi, String title) {
        return MetadataRecord.builder("crossref:" + doi)
                .title(title)
                .author("Grace Hopper")
                .published(PartialDate.parse("2025"))
                .doi(doi)
                .build();
    }

    public static HarvestedPage page(String checkpoint, MetadataRecord... records) {
        return new HarvestedPage(List.of(records), checkpoint);
    }
}
