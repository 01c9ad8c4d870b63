package org.livesurvey.ingestion;

import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.PartialDate;

/** Harvested records as the OAI-PMH reader gives them. */
final class HarvestRecords {

    private HarvestRecords() {
    }

    static MetadataRecord arxiv(String arxivId, String title) {
        return MetadataRecord.builder("oai:arXiv.org:" + arxivId)
                .title(title)
                .author("Ada Lovelace")
                .author("Alan Turing")
                .abstractText("We study " + title.toLowerCase(java.util.Locale.ROOT) + " on many benchmarks.")
                .published(PartialDate.parse("2025-06-02"))
                .arxivId(arxivId)
                .arxivVersion(1)
                .arxivCategory("cs.CL")
                .build();
    }

    static MetadataRecord doiOnly(String doi, String title) {
        return MetadataRecord.builder("crossref:" + doi)
                .title(title)
                .author("Grace Hopper")
                .published(PartialDate.parse("2025"))
                .doi(doi)
                .build();
    }

    static HarvestedPage page(String checkpoint, MetadataRecord... records) {
        return new HarvestedPage(java.util.List.of(records), checkpoint);
    }
}
