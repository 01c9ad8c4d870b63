package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.util.Optional;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReadException;

/**
 * The walk every harvester makes: from the checkpoint's state (or the first page), fetch a page, read it, hand it to
 * the sink, and only then move the checkpoint to the next page; clear it after the last.
 */
final class PagedHarvest {

    private final PageFetcher fetcher;

    PagedHarvest(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    HarvestOutcome run(PagedQuery query, HarvestCheckpoint checkpoint, FetchedPageSink sink) throws HarvestException {
        String state = checkpoint.load().orElse(null);
        int pages = 0;
        int records = 0;
        try {
            do {
                URI url = query.pageUrl(state);
                PageFetcher.Answer answer = fetcher.get(url);
                Optional<MetadataBatch> batch = read(query, answer);
                if (batch.isEmpty()) {
                    checkpoint.clear();
                    break;
                }
                FetchedPage fetched = new FetchedPage(url, answer.body(), batch.get(), null);
                // before the delivery: a page whose paging makes no sense is not delivered either
                state = query.nextState(state, fetched);
                FetchedPage page = fetched.resumingAt(state);
                deliver(sink, page);
                pages++;
                records += page.batch().records().size();
                if (state == null) {
                    checkpoint.clear();
                } else {
                    checkpoint.save(state);
                }
            } while (state != null);
        } catch (InterruptedException e) {
            // stopping is what the interrupt asked for; the caller still sees the flag
            Thread.currentThread().interrupt();
            return new HarvestOutcome(pages, records, false);
        }
        return new HarvestOutcome(pages, records, true);
    }

    /** The page's records; empty when the service says that nothing matches. */
    private static Optional<MetadataBatch> read(PagedQuery query, PageFetcher.Answer answer) throws HarvestException {
        MetadataBatch batch;
        try {
            batch = query.reader().read(answer.body(), answer.url().toString());
        } catch (MetadataReadException e) {
            boolean serviceError = e.kind() == MetadataReadException.Kind.SERVICE_ERROR;
            if (serviceError && query.meansNothingMatches(e)) {
                return Optional.empty();
            }
            if (serviceError || !answer.isSuccess()) {
                throw HarvestException.refused(e.getMessage(), answer.status());
            }
            throw HarvestException.malformed(e.getMessage(), answer.status(), answer.contentType());
        }
        if (!answer.isSuccess()) {
            throw HarvestException.refused(answer.url() + " answered with an error status", answer.status());
        }
        return Optional.of(batch);
    }

    private static void deliver(FetchedPageSink sink, FetchedPage page) throws HarvestException, InterruptedException {
        try {
            sink.accept(page);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw HarvestException.sinkFailed(page.url(), e);
        }
    }
}
