package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.arxiv.ArxivAtomReader;

/**
 * The pages of an arXiv API search: {@code start} moves by the page size along the opensearch totals until they or
 * the query's maximum run out; the checkpoint keeps the next start.
 */
record ArxivApiPages(URI baseUrl, ArxivQuery query) implements PagedQuery {

    private static final MetadataReader READER = new ArxivAtomReader();

    @Override
    public URI pageUrl(String state) throws HarvestException {
        int start = start(state);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("search_query", query.searchQuery());
        parameters.put("start", String.valueOf(start));
        parameters.put("max_results", String.valueOf(Math.min(query.pageSize(), query.maxRecords() - start)));
        parameters.put("sortBy", "submittedDate");
        parameters.put("sortOrder", "descending");
        return RequestUrl.of(baseUrl, parameters);
    }

    @Override
    public MetadataReader reader() {
        return READER;
    }

    @Override
    public String nextState(String state, FetchedPage page) throws HarvestException {
        int start = start(state);
        MetadataBatch.Paging paging = page.batch().paging();
        if (isEmpty(page.batch()) && paging.total() != null && start < paging.total()) {
            throw HarvestException.emptyPage(page.url(), paging.total());
        }
        if (paging.next() == null) {
            return null;
        }
        long next = Long.parseLong(paging.next());
        if (next <= start) {
            throw HarvestException.pagingStuck(page.url(), paging.next());
        }
        return next >= query.maxRecords() ? null : String.valueOf(next);
    }

    private int start(String state) throws HarvestException {
        if (state == null) {
            return 0;
        }
        try {
            int start = Integer.parseInt(state);
            if (start >= 0 && start < query.maxRecords()) {
                return start;
            }
        } catch (NumberFormatException e) {
            // reported below, like a start out of range
        }
        throw HarvestException.badCheckpoint(state, "a start offset below the query's maximum of "
                + query.maxRecords());
    }

    private static boolean isEmpty(MetadataBatch batch) {
        return batch.records().isEmpty() && batch.problems().isEmpty();
    }
}
