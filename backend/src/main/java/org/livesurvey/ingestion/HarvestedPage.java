package org.livesurvey.ingestion;

import java.util.List;

import org.livesurvey.ingest.metadata.MetadataRecord;

/**
 * One page of a harvest.
 *
 * @param checkpoint what resumes the harvest after this page (e.g. an OAI-PMH resumption token with its query), or
 *                   {@code null} on the last page
 */
public record HarvestedPage(List<MetadataRecord> records, String checkpoint) {

    public HarvestedPage {
        records = List.copyOf(records);
    }
}
