package org.livesurvey.ingestion;

import java.util.Optional;
import java.util.function.Consumer;

import org.livesurvey.ingest.harvest.HarvestCheckpoint;
import org.livesurvey.ingest.harvest.HarvestException;
import org.livesurvey.ingest.harvest.HarvestOutcome;
import org.livesurvey.ingest.harvest.HarvestSettings;
import org.livesurvey.ingest.harvest.OaiPmhHarvester;
import org.livesurvey.ingest.harvest.OaiQuery;
import org.livesurvey.ingest.harvest.Pacer;

/**
 * The ingest library's OAI-PMH harvester (arXiv's politeness, Retry-After, retries, timeouts) behind the review
 * queue's {@link RecordHarvester}. The queue stores each page's checkpoint in the same transaction as its proposals,
 * so the harvester is only told where to start and keeps no checkpoint of its own.
 */
final class OaiPmhRecordHarvester implements RecordHarvester {

    private final OaiPmhHarvester harvester;

    OaiPmhRecordHarvester(HarvestProperties settings) {
        this.harvester = new OaiPmhHarvester(new HarvestSettings(settings.baseUrl(), settings.politeInterval(),
                settings.requestTimeout(), settings.maxAttempts(), HarvestSettings.DEFAULT_USER_AGENT),
                Pacer.realTime());
    }

    @Override
    public HarvestResult harvest(HarvestRequest request, Consumer<HarvestedPage> pages) {
        OaiQuery query = new OaiQuery(request.metadataPrefix(), request.set(), request.from(), request.until());
        try {
            HarvestOutcome outcome = harvester.harvestFetched(query, new StartingAt(request.checkpoint()),
                    page -> pages.accept(new HarvestedPage(page.batch().records(), page.resume())));
            return new HarvestResult(outcome.pages(), outcome.records(), outcome.complete());
        } catch (HarvestException e) {
            if (e.kind() == HarvestException.Kind.SINK_FAILED && e.getCause() instanceof RuntimeException storing) {
                throw storing;
            }
            throw new HarvestFailedException(kindOf(e.kind()), e.getMessage(), e);
        }
    }

    private static HarvestFailedException.Kind kindOf(HarvestException.Kind kind) {
        return switch (kind) {
            case UNREACHABLE -> HarvestFailedException.Kind.UNREACHABLE;
            case TIMEOUT -> HarvestFailedException.Kind.TIMEOUT;
            case RATE_LIMITED -> HarvestFailedException.Kind.RATE_LIMITED;
            case MALFORMED -> HarvestFailedException.Kind.MALFORMED;
            case REFUSED -> HarvestFailedException.Kind.REFUSED;
            case SERVER_ERROR, SINK_FAILED -> HarvestFailedException.Kind.SERVER_ERROR;
        };
    }

    /** Where the harvest starts; the pages' own checkpoints are stored by the queue. */
    private record StartingAt(String state) implements HarvestCheckpoint {

        @Override
        public Optional<String> load() {
            return Optional.ofNullable(state);
        }

        @Override
        public void save(String next) {
            // stored with the page's proposals, see HarvestedPage
        }

        @Override
        public void clear() {
            // likewise
        }
    }
}
