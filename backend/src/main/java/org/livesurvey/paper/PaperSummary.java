package org.livesurvey.paper;

import java.util.List;

/** A paper as listed on category pages: enough to recognise it and follow the link. */
public record PaperSummary(String id, String title, List<String> authors, String published, String venue) {

    public PaperSummary {
        authors = List.copyOf(authors);
    }
}
