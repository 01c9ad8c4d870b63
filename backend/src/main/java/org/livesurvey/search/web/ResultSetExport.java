package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.livesurvey.export.CitationExporter;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperNotFoundException;
import org.livesurvey.paper.PaperService;
import org.livesurvey.search.PaperSearchRequest;
import org.livesurvey.search.PaperSearchResult;
import org.livesurvey.search.PaperSearchService;
import org.livesurvey.search.SearchHit;

/**
 * A result set as a citation file: the first {@value #MAX_PAPERS} papers of the search, in its order, with the
 * details from the database. The ids are collected by cursor in chunks of the largest API page, so an export holds
 * exactly what paging through the results would show.
 */
final class ResultSetExport {

    static final int MAX_PAPERS = 1_000;

    private static final int CHUNK = SearchQueryParser.MAX_PER_PAGE;

    private final PaperSearchService search;
    private final PaperService papers;
    private final CitationExporter exporter;

    ResultSetExport(PaperSearchService search, PaperService papers, CitationExporter exporter) {
        this.search = search;
        this.papers = papers;
        this.exporter = exporter;
    }

    /** @param total how many papers match in all, possibly more than the file holds */
    record Exported(String content, long total) {
    }

    /** Page, cursor and facets of the request do not matter: the export always starts at the first paper. */
    Exported export(PaperSearchRequest request, ExportFormat format) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        long total;
        do {
            PaperSearchResult chunk = search.search(new PaperSearchRequest(request.text(), request.include(),
                    request.exclude(), List.of(), request.sort(), 1, CHUNK, cursor));
            total = chunk.total();
            chunk.hits().stream().map(SearchHit::id).limit(MAX_PAPERS - ids.size()).forEach(ids::add);
            cursor = chunk.hits().isEmpty() ? null : chunk.nextCursor();
        } while (cursor != null && ids.size() < MAX_PAPERS);
        List<PaperDetails> details = ids.stream().flatMap(id -> stored(id).stream()).toList();
        return new Exported(exporter.export(details, format), total);
    }

    /** The index may briefly know a paper that a sync has just removed from the database; it is left out. */
    private Optional<PaperDetails> stored(String id) {
        try {
            return Optional.of(papers.get(id));
        } catch (PaperNotFoundException removed) {
            return Optional.empty();
        }
    }
}
