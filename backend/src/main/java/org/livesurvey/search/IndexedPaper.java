package org.livesurvey.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of an indexed paper that a result list shows, read back from the document's source. */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedPaper(String id, String title, List<String> authors, String published, String year, String venue,
                    List<String> categories) {

    /** The source fields to fetch: the rest of the document (the abstract above all) stays on the engine. */
    static final List<String> SOURCE_FIELDS =
            List.of("id", "title", "authors", "published", "year", "venue", "categories");

    IndexedPaper {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    Integer yearNumber() {
        return year == null ? null : Integer.valueOf(year);
    }
}
