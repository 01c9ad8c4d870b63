package org.livesurvey.ingest.harvest;

/**
 * Harvests arXiv's OAI-PMH interface (ListRecords, {@code arXiv} or {@code arXivRaw} metadata) page by page,
 * following resumption tokens, politely. A run with a saved checkpoint goes on with its token; a run that reaches
 * the last page, or finds that nothing matches, clears it.
 */
public final class OaiPmhHarvester {

    private final HarvestSettings settings;
    private final PagedHarvest harvest;

    public OaiPmhHarvester(HarvestSettings settings, Pacer pacer) {
        this.settings = settings;
        this.harvest = new PagedHarvest(new PageFetcher(settings, pacer));
    }

    public HarvestOutcome harvest(OaiQuery query, HarvestCheckpoint checkpoint, PageSink sink)
            throws HarvestException {
        return harvestFetched(query, checkpoint, page -> sink.accept(page.batch()));
    }

    /** The same harvest, handing over each page's bytes too. */
    public HarvestOutcome harvestFetched(OaiQuery query, HarvestCheckpoint checkpoint, FetchedPageSink sink)
            throws HarvestException {
        return harvest.run(new OaiListRecordsPages(settings.baseUrl(), query), checkpoint, sink);
    }
}
