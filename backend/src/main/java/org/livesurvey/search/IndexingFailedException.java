package org.livesurvey.search;

import java.util.List;

/** The engine refused documents of a bulk request: a mapping and a document disagree, which a retry will not fix. */
final class IndexingFailedException extends IllegalStateException {

    private IndexingFailedException(String message) {
        super(message);
    }

    static IndexingFailedException refused(List<String> failures) {
        return new IndexingFailedException("the search engine refused documents: " + String.join("; ", failures));
    }
}
