package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;
import org.livesurvey.ingest.source.arxiv.ArxivOaiReader;

/**
 * The pages of an OAI-PMH ListRecords: the first asks with the query's arguments, each later one with the
 * resumption token alone (an exclusive argument in OAI-PMH), which is also what the checkpoint keeps.
 */
record OaiListRecordsPages(URI baseUrl, OaiQuery query) implements PagedQuery {

    private static final MetadataReader READER = new ArxivOaiReader();

    @Override
    public URI pageUrl(String resumptionToken) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("verb", "ListRecords");
        if (resumptionToken != null) {
            parameters.put("resumptionToken", resumptionToken);
        } else {
            parameters.put("metadataPrefix", query.metadataPrefix());
            parameters.put("from", query.from() == null ? null : query.from().toString());
            parameters.put("until", query.until() == null ? null : query.until().toString());
            parameters.put("set", query.set());
        }
        return RequestUrl.of(baseUrl, parameters);
    }

    @Override
    public MetadataReader reader() {
        return READER;
    }

    @Override
    public String nextState(String resumptionToken, FetchedPage page) throws HarvestException {
        String next = page.batch().paging().next();
        if (next != null && next.equals(resumptionToken)) {
            throw HarvestException.pagingStuck(page.url(), next);
        }
        return next;
    }

    // OAI-PMH's answer to a query that selects nothing, e.g. a day without new papers in the set
    @Override
    public boolean meansNothingMatches(MetadataReadException serviceError) {
        return "noRecordsMatch".equals(serviceError.code());
    }
}
