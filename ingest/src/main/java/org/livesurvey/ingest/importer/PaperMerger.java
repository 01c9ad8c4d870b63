package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.TitleNormalizer;

/** Merges two descriptions of one paper under a {@link MergePolicy}; the existing paper's id always stays. */
public final class PaperMerger {

    private PaperMerger() {
    }

    /**
     * The merged paper, the fields (as named in paper files) the incoming side filled in, and the values where the
     * two disagree and the existing one was kept ({@link MergePolicy#KEEP_EXISTING} only).
     */
    public record Outcome(Paper paper, List<String> filled, List<String> conflicts) {
    }

    public static Paper merge(Paper existing, Paper incoming, MergePolicy policy) {
        return mergeReporting(existing, incoming, policy).paper();
    }

    public static Outcome mergeReporting(Paper existing, Paper incomingAsGiven, MergePolicy policy) {
        Paper incoming = withVenuePageBesidePreprint(existing, incomingAsGiven);
        Sides sides = new Sides(policy);
        boolean combine = policy == MergePolicy.COMBINE;
        Paper merged = new Paper(
                existing.id(),
                sides.pick(existing.title(), incoming.title()),
                sides.pick(existing.authors(), incoming.authors()),
                published(existing.published(), incoming.published(), sides),
                sides.pick(existing.updated(), incoming.updated()),
                sides.pick(existing.venue(), incoming.venue()),
                new Identifiers(
                        sides.pick(existing.identifiers().arxiv(), incoming.identifiers().arxiv()),
                        sides.pick(existing.identifiers().doi(), incoming.identifiers().doi())),
                new Links(
                        sides.pick(existing.links().paper(), incoming.links().paper()),
                        sides.pick(existing.links().pdf(), incoming.links().pdf()),
                        sides.pick(existing.links().code(), incoming.links().code()),
                        sides.pick(existing.links().project(), incoming.links().project()),
                        sides.pick(existing.links().venue(), incoming.links().venue())),
                sides.pick(existing.abstractText(), incoming.abstractText()),
                combine ? CategoryPaths.mostSpecific(union(existing.categories(), incoming.categories()))
                        : sides.pick(existing.categories(), incoming.categories()),
                combine ? union(existing.tags(), incoming.tags()) : sides.pick(existing.tags(), incoming.tags()),
                sides.pick(existing.contribution(), incoming.contribution()),
                combine ? inModalityOrder(union(existing.modality(), incoming.modality()))
                        : sides.pick(existing.modality(), incoming.modality()),
                sides.pick(existing.training(), incoming.training()),
                sides.pick(existing.claims(), incoming.claims()),
                union(existing.sources(), incoming.sources()),
                sides.pick(existing.arxivCategories(), incoming.arxivCategories()),
                union(existing.formerIds(), incoming.formerIds()),
                union(existing.distinctFrom(), incoming.distinctFrom()),
                existing.authors().isEmpty() ? incoming.authorsTruncated() : existing.authorsTruncated());
        List<String> conflicts = policy == MergePolicy.KEEP_EXISTING ? conflicts(existing, incoming) : List.of();
        return new Outcome(merged, PaperFields.filled(existing, merged), conflicts);
    }

    /**
     * One paper absorbing a duplicate file of the same work: the kept paper's values win, the duplicate fills gaps,
     * lists are joined, the duplicate's landing page becomes the venue link of a preprint, and its id becomes a
     * former id, so that old links still find the paper.
     */
    public static Paper absorb(Paper kept, Paper duplicate) {
        Paper merged = merge(kept, duplicate, MergePolicy.COMBINE);
        Links links = merged.links();
        List<String> former = union(merged.formerIds(), union(List.of(duplicate.id()), duplicate.formerIds()));
        former.remove(kept.id());
        return new Paper(kept.id(), merged.title(), merged.authors(), merged.published(), merged.updated(),
                merged.venue(), merged.identifiers(), links, merged.abstractText(), merged.categories(), merged.tags(),
                merged.contribution(), merged.modality(), merged.training(), merged.claims(), merged.sources(),
                merged.arxivCategories(), former, merged.distinctFrom(), merged.authorsTruncated());
    }

    /**
     * The published version's page of a preprint: when the existing paper's landing page is arXiv's and the other
     * description's is not, the other one's page is the venue's and goes beside the preprint's as {@code venue}.
     */
    private static Paper withVenuePageBesidePreprint(Paper existing, Paper other) {
        String page = other.links().paper();
        boolean existingIsPreprint = existing.links().paper() != null && existing.links().paper().contains("arxiv.org/");
        if (!existingIsPreprint || page == null || page.contains("arxiv.org/") || other.links().venue() != null) {
            return other;
        }
        Links links = other.links();
        return other.withLinks(new Links(null, links.pdf(), links.code(), links.project(), page));
    }

    /** A more precise date of the same year (and month) refines a partial one; otherwise the policy decides. */
    private static PartialDate published(PartialDate existing, PartialDate incoming, Sides sides) {
        if (existing != null && incoming != null && refines(incoming, existing)) {
            return incoming;
        }
        return sides.pick(existing, incoming);
    }

    private static boolean refines(PartialDate precise, PartialDate partial) {
        boolean moreParts = partial.month() == null ? precise.month() != null
                : partial.day() == null && precise.day() != null;
        return moreParts && precise.year() == partial.year()
                && (partial.month() == null || partial.month().equals(precise.month()));
    }

    private static List<String> conflicts(Paper existing, Paper incoming) {
        List<String> conflicts = new ArrayList<>();
        if (differ(existing.title(), incoming.title(), TitleNormalizer::normalizeTitle)) {
            conflicts.add("title: the file says '" + existing.title() + "', the input '" + incoming.title() + "'");
        }
        if (!existing.authors().isEmpty() && !incoming.authors().isEmpty() && !sameAuthors(existing, incoming)) {
            conflicts.add("authors: the file names " + existing.authors().size() + " (first " + existing.authors().get(0)
                    + "), the input " + incoming.authors().size() + " (first " + incoming.authors().get(0) + ")");
        }
        if (differ(existing.identifiers().doi(), incoming.identifiers().doi(), Identity::doiKey)) {
            conflicts.add("doi: the file says " + existing.identifiers().doi() + ", the input "
                    + incoming.identifiers().doi());
        }
        if (existing.published() != null && incoming.published() != null
                && existing.published().year() != incoming.published().year()) {
            conflicts.add("published: the file says " + existing.published() + ", the input " + incoming.published());
        }
        if (differ(existing.abstractText(), incoming.abstractText(), TitleNormalizer::normalizeTitle)) {
            conflicts.add("abstract: the file's and the input's differ");
        }
        return conflicts;
    }

    private static boolean differ(String a, String b, java.util.function.UnaryOperator<String> canonical) {
        return a != null && b != null && !Objects.equals(canonical.apply(a), canonical.apply(b));
    }

    /** The same names in the same order; a list cut short ("et al.") agrees with the longer one it begins. */
    private static boolean sameAuthors(Paper existing, Paper incoming) {
        List<String> a = existing.authors().stream().map(TitleNormalizer::normalizeTitle).toList();
        List<String> b = incoming.authors().stream().map(TitleNormalizer::normalizeTitle).toList();
        if (incoming.authorsTruncated() && b.size() < a.size()) {
            return a.subList(0, b.size()).equals(b);
        }
        if (existing.authorsTruncated() && a.size() < b.size()) {
            return b.subList(0, a.size()).equals(a);
        }
        return a.equals(b);
    }

    private static List<String> inModalityOrder(List<String> modality) {
        return modality.stream().sorted(Comparator.comparingInt(SectionClassifier.MODALITY_ORDER::indexOf)).toList();
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    /** Chooses between the existing and the incoming value of one field. */
    private record Sides(MergePolicy policy) {

        <T> T pick(T existing, T incoming) {
            if (policy == MergePolicy.PREFER_INCOMING) {
                return isEmpty(incoming) ? existing : incoming;
            }
            return isEmpty(existing) ? incoming : existing;
        }

        private static boolean isEmpty(Object value) {
            return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
        }
    }
}
