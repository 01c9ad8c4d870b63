package org.livesurvey.ingest.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One paper as curated in {@code taxonomy/papers/<id>.yaml}. Optional scalars are {@code null} when absent;
 * list fields are never {@code null}.
 *
 * @param categories      category paths such as {@code efficiency/reasoning-economy/post-training/long2short-rl};
 *                        the first is the primary one
 * @param arxivCategories arXiv's own subject classes ({@code cs.CL}), primary first: evidence for the classifier
 * @param formerIds       ids the paper had before (a slug file merged into its arXiv file): old links still find it
 * @param authorsTruncated the source gave only the first authors ("et al."): the list is not the whole byline
 * @param distinctFrom    papers with a near-identical title that are different works, checked by a reader
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
        List<Source> sources,
        List<String> arxivCategories,
        List<String> formerIds,
        List<String> distinctFrom,
        boolean authorsTruncated) {

    public Paper {
        authors = List.copyOf(authors);
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
        links = links == null ? Links.NONE : links;
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        modality = List.copyOf(modality);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        arxivCategories = List.copyOf(arxivCategories);
        formerIds = List.copyOf(formerIds);
        distinctFrom = List.copyOf(distinctFrom);
    }

    /** A paper without arXiv categories, former ids or distinct-from notes: what list metadata and tests give. */
    public Paper(String id, String title, List<String> authors, PartialDate published, PartialDate updated,
                 String venue, Identifiers identifiers, Links links, String abstractText, List<String> categories,
                 List<String> tags, ContributionType contribution, List<String> modality, String training,
                 List<Claim> claims, List<Source> sources) {
        this(id, title, authors, published, updated, venue, identifiers, links, abstractText, categories, tags,
                contribution, modality, training, claims, sources, List.of(), List.of(), List.of(), false);
    }

    public Paper withSources(List<Source> newSources) {
        return new Paper(id, title, authors, published, updated, venue, identifiers, links, abstractText, categories,
                tags, contribution, modality, training, claims, newSources, arxivCategories, formerIds, distinctFrom, authorsTruncated);
    }

    public Paper withLinks(Links newLinks) {
        return new Paper(id, title, authors, published, updated, venue, identifiers, newLinks, abstractText,
                categories, tags, contribution, modality, training, claims, sources, arxivCategories, formerIds,
                distinctFrom, authorsTruncated);
    }

    /** The same paper under another id, as when a new paper's id is taken (no former id: it never had one). */
    public Paper withId(String newId) {
        return new Paper(newId, title, authors, published, updated, venue, identifiers, links, abstractText, categories,
                tags, contribution, modality, training, claims, sources, arxivCategories, formerIds, distinctFrom, authorsTruncated);
    }

    /** This paper under another id, the old one kept in {@link #formerIds()}. */
    public Paper renamedTo(String newId) {
        List<String> former = new ArrayList<>(formerIds);
        if (!former.contains(id)) {
            former.add(id);
        }
        former.remove(newId);
        return new Paper(newId, title, authors, published, updated, venue, identifiers, links, abstractText,
                categories, tags, contribution, modality, training, claims, sources, arxivCategories, former,
                distinctFrom, authorsTruncated);
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
