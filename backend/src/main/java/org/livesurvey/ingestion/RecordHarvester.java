package org.livesurvey.ingestion;

import java.util.function.Consumer;

/**
 * Where new records come from: an OAI-PMH source in production. An implementation hands over one page at a time and
 * returns once the source has no more; the consumer stores each page (and the checkpoint after it) before the next
 * is fetched, so a harvest that breaks off can resume from the last page stored.
 */
public interface RecordHarvester {

    /**
     * @throws HarvestFailedException when the source cannot be reached, times out, fails, refuses for now, or
     *                                answers something that is not a page; what was handed over before stays stored
     */
    HarvestResult harvest(HarvestRequest request, Consumer<HarvestedPage> pages);
}
