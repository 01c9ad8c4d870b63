package org.livesurvey.ingest.model;

import java.util.List;

/**
 * One paper as curated in {@code taxonomy/papers/<id>.yaml}. Optional scalars are {@code null} when absent;
 * list fields are never {@code null}.
 *
 * @param categories category paths such as {@code efficiency/reasoning-economy/post-training/long2short-rl};
 *                   the first is the primary one
 */
public record Paper(
        String id,
        String title,
        List<String> authors,
        PartialDate published,
        PartialDate updated,
        String venue,
        Identifiers identifiers,
        Links links,
        String abstractText,
        List<String> categories,
        List<String> tags,
        ContributionType contribution,
        List<String> modality,
        String training,
        List<Claim> claims,
        List<Source> sources) {

    public Paper {
        authors = List.copyOf(authors);
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
        links = links == null ? Links.NONE : links;
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        modality = List.copyOf(modality);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }

    public String primaryCategory() {
        return categories.isEmpty() ? null : categories.get(0);
    }

    /** The branch (top-level category) of the primary category. */
    public String branch() {
        String primary = primaryCategory();
        return primary == null ? null : primary.split("/", 2)[0];
    }
}
