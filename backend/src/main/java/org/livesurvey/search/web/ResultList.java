package org.livesurvey.search.web;

import java.util.List;

/** A plain list in the API's envelope, {@code {meta: {count}, results}}, for answers without paging or facets. */
record ResultList<T>(Meta meta, List<T> results) {

    static <T> ResultList<T> of(List<T> results) {
        return new ResultList<>(new Meta(results.size()), List.copyOf(results));
    }

    record Meta(int count) {
    }
}
