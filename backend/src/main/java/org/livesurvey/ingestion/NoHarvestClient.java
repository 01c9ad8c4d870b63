package org.livesurvey.ingestion;

import java.util.function.Consumer;

/**
 * The harvester of a build without an OAI-PMH client: every harvest fails as unreachable, which the log says once a
 * run and the admin page shows, and nothing else is affected. {@link IngestionConfiguration#recordHarvester} returns
 * the ingest library's {@code OaiPmhHarvester} once that is part of the build.
 */
final class NoHarvestClient implements RecordHarvester {

    private final HarvestProperties settings;

    NoHarvestClient(HarvestProperties settings) {
        this.settings = settings;
    }

    @Override
    public HarvestResult harvest(HarvestRequest request, Consumer<HarvestedPage> pages) {
        throw new HarvestFailedException(HarvestFailedException.Kind.UNREACHABLE, "This build has no OAI-PMH "
                + "harvest client yet, so " + settings.baseUrl() + " was not asked for set " + request.set() + ".");
    }
}
