package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.util.function.BiFunction;

/**
 * What the harvesters share: a harvest of one query, page by page, politely and resumably. A run with a saved
 * checkpoint goes on from it; a run that reaches the last page, or finds that nothing matches, clears it.
 *
 * @param <Q> the query the service answers
 */
public abstract class Harvester<Q> {

    private final URI baseUrl;
    private final PagedHarvest harvest;
    private final BiFunction<URI, Q, PagedQuery> pages;

    Harvester(HarvestSettings settings, Pacer pacer, BiFunction<URI, Q, PagedQuery> pages) {
        this.baseUrl = settings.baseUrl();
        this.harvest = new PagedHarvest(new PageFetcher(settings, pacer));
        this.pages = pages;
    }

    public HarvestOutcome harvest(Q query, HarvestCheckpoint checkpoint, PageSink sink) throws HarvestException {
        return harvestFetched(query, checkpoint, page -> sink.accept(page.batch()));
    }

    /** The same harvest, handing over each page's bytes too. */
    public HarvestOutcome harvestFetched(Q query, HarvestCheckpoint checkpoint, FetchedPageSink sink)
            throws HarvestException {
        return harvest.run(pages.apply(baseUrl, query), checkpoint, sink);
    }
}
