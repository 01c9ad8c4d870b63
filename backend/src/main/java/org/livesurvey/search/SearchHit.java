package org.livesurvey.search;

import java.util.List;
import java.util.Map;

/**
 * A paper in a result list.
 *
 * @param highlights per field ({@code title}, {@code abstract}), fragments with matches wrapped in {@code <mark>}
 *                   and everything else HTML-escaped
 */
public record SearchHit(String id, String title, List<String> authors, String published, Integer year, String venue,
                        List<String> categories, Map<String, List<String>> highlights, Double score) {

    public SearchHit {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        highlights = Map.copyOf(highlights);
    }
}
