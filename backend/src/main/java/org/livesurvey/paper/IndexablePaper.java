package org.livesurvey.paper;

import java.util.List;

/**
 * A paper with what a search index needs and nothing more (no claims, sources or category names), read many at a
 * time. Optional values are {@code null}; lists are empty when there is nothing.
 *
 * @param published  as curated: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param categories the paths the paper is filed under, the primary first
 * @param hasCode    whether the paper links to its code (an http(s) URL, as on its page)
 * @param version    as in {@link PaperDetails#version()}: changes whenever a sync changes the paper
 */
public record IndexablePaper(String id, String title, String abstractText, List<String> authors, String published,
                             String venue, List<String> categories, List<String> tags, String contribution,
                             List<String> modality, String training, boolean hasCode, int version) {

    public IndexablePaper {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        modality = List.copyOf(modality);
    }
}
