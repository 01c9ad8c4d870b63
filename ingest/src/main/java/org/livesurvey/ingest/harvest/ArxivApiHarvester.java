package org.livesurvey.ingest.harvest;

/**
 * Harvests a search of arXiv's API (Atom feeds), newest submissions first, up to the query's maximum; the checkpoint
 * keeps the start offset of the next page.
 */
public final class ArxivApiHarvester extends Harvester<ArxivQuery> {

    public ArxivApiHarvester(HarvestSettings settings, Pacer pacer) {
        super(settings, pacer, ArxivApiPages::new);
    }
}
