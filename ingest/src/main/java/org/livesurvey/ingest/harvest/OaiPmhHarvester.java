package org.livesurvey.ingest.harvest;

/**
 * Harvests arXiv's OAI-PMH interface: ListRecords with {@code arXiv} or {@code arXivRaw} metadata, following
 * resumption tokens; the checkpoint keeps the token of the next page.
 */
public final class OaiPmhHarvester extends Harvester<OaiQuery> {

    public OaiPmhHarvester(HarvestSettings settings, Pacer pacer) {
        super(settings, pacer, OaiListRecordsPages::new);
    }
}
