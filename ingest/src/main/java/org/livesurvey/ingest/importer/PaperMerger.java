package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;

/** Merges two descriptions of one paper under a {@link MergePolicy}; the existing paper's id always stays. */
public final class PaperMerger {

    private PaperMerger() {
    }

    public static Paper merge(Paper existing, Paper incoming, MergePolicy policy) {
        Sides sides = new Sides(policy);
        boolean combine = policy == MergePolicy.COMBINE;
        return new Paper(
                existing.id(),
                sides.pick(existing.title(), incoming.title()),
                sides.pick(existing.authors(), incoming.authors()),
                sides.pick(existing.published(), incoming.published()),
                sides.pick(existing.updated(), incoming.updated()),
                sides.pick(existing.venue(), incoming.venue()),
                new Identifiers(
                        sides.pick(existing.identifiers().arxiv(), incoming.identifiers().arxiv()),
                        sides.pick(existing.identifiers().doi(), incoming.identifiers().doi())),
                new Links(
                        sides.pick(existing.links().paper(), incoming.links().paper()),
                        sides.pick(existing.links().pdf(), incoming.links().pdf()),
                        sides.pick(existing.links().code(), incoming.links().code()),
                        sides.pick(existing.links().project(), incoming.links().project())),
                sides.pick(existing.abstractText(), incoming.abstractText()),
                combine ? CategoryPaths.mostSpecific(union(existing.categories(), incoming.categories()))
                        : sides.pick(existing.categories(), incoming.categories()),
                combine ? union(existing.tags(), incoming.tags()) : sides.pick(existing.tags(), incoming.tags()),
                sides.pick(existing.contribution(), incoming.contribution()),
                combine ? inModalityOrder(union(existing.modality(), incoming.modality()))
                        : sides.pick(existing.modality(), incoming.modality()),
                sides.pick(existing.training(), incoming.training()),
                sides.pick(existing.claims(), incoming.claims()),
                union(existing.sources(), incoming.sources()));
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
