package org.livesurvey.ingest.harvest;

/**
 * Harvests a search of arXiv's API (Atom feeds) page by page, newest submissions first, politely. A run with a saved
 * checkpoint goes on from its start offset; a run that reaches the last page or the query's maximum clears it.
 */
public final class ArxivApiHarvester {

    private final HarvestSettings settings;
    private final PagedHarvest harvest;

    public ArxivApiHarvester(HarvestSettings settings, Pacer pacer) {
        this.settings = settings;
        this.harvest = new PagedHarvest(new PageFetcher(settings, pacer));
    }

    public HarvestOutcome harvest(ArxivQuery query, HarvestCheckpoint checkpoint, PageSink sink)
            throws HarvestException {
        return harvestFetched(query, checkpoint, page -> sink.accept(page.batch()));
    }

    /** The same harvest, handing over each page's bytes too. */
    public HarvestOutcome harvestFetched(ArxivQuery query, HarvestCheckpoint checkpoint, FetchedPageSink sink)
            throws HarvestException {
        return harvest.run(new ArxivApiPages(settings.baseUrl(), query), checkpoint, sink);
    }
}
