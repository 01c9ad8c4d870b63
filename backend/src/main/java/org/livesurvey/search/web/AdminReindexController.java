package org.livesurvey.search.web;

import org.livesurvey.search.ReindexInProgressException;
import org.livesurvey.search.ReindexSummary;
import org.livesurvey.search.SearchIndexService;
import org.livesurvey.web.ApiProblemException;
import org.livesurvey.web.ProblemType;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/reindex}: rebuilds the search index from the database now, behind the aliases (searches
 * go on meanwhile), and answers what was built once the new index is searched. The bearer token is checked before this
 * controller runs (see {@code org.livesurvey.web.AdminTokenInterceptor}); with the engine down the answer is the
 * search-unavailable problem (503).
 */
@RestController
class AdminReindexController {

    private final SearchIndexService indexing;

    AdminReindexController(SearchIndexService indexing) {
        this.indexing = indexing;
    }

    @PostMapping("/api/v1/admin/reindex")
    ReindexSummary reindex() {
        try {
            return indexing.reindexAll();
        } catch (ReindexInProgressException e) {
            throw ApiProblemException.of(ProblemType.REINDEX_IN_PROGRESS,
                    "A rebuild of the search index is already running; ask again when it has finished.");
        }
    }
}
