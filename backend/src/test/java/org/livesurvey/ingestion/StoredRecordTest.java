package org.livesurvey.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.PartialDate;

/** A harvested record comes back from its JSON column as it went in. */
class StoredRecordTest {

    @Test
    void everyFieldSurvivesTheJsonColumn() {
        MetadataRecord record = MetadataRecord.builder("oai:arXiv.org:2506.00001")
                .title("Adaptive Thinking Budgets").author("Ada Lovelace").author("Alan Turing").authorsTruncated(true)
                .abstractText("We study budgets.").published(PartialDate.parse("2025-06-02"))
                .updated(PartialDate.parse("2025-06")).venue("NeurIPS 2025").arxivId("2506.00001").arxivVersion(2)
                .doi("10.1234/abc").arxivCategory("cs.CL").arxivCategory("cs.LG").comment("12 pages")
                .journalRef("Proc. X").links(new Links("https://arxiv.org/abs/2506.00001", null,
                        "https://github.com/x/y", null, "https://openreview.net/forum?id=1"))
                .type("preprint").source("arXiv OAI-PMH")
                .build();

        String json = ProposalJson.write(StoredRecord.toMap(record));

        assertThat(StoredRecord.fromMap(ProposalJson.object(json))).isEqualTo(record);
        assertThat(json).contains("\"arxiv_id\":\"2506.00001\"", "\"published\":\"2025-06-02\"");
    }

    @Test
    void aSparseRecordStaysSparse() {
        MetadataRecord record = MetadataRecord.builder("x:1").title("Only a title").build();

        assertThat(StoredRecord.fromMap(ProposalJson.object(ProposalJson.write(StoredRecord.toMap(record)))))
                .isEqualTo(record);
    }
}
