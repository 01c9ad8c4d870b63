package org.livesurvey.benchmark.corpus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * A few shares that show at a glance whether a synthetic corpus has the real one's shape: how many papers have a
 * venue, a code link and so on, how many fall in the most common year, and how the primary categories spread over
 * the branches. Computed the same way for both, so that they can be printed side by side.
 */
public final class CorpusShape {

    private CorpusShape() {
    }

    /** Shares between 0 and 1, by a label a person reads, in a fixed order taken from {@code real}. */
    public static Map<String, double[]> compare(Taxonomy real, Taxonomy synthetic) {
        Map<String, Predicate<Paper>> measures = new LinkedHashMap<>();
        measures.put("venue given", paper -> paper.venue() != null);
        measures.put("code link", paper -> paper.links().code() != null);
        measures.put("contribution type given", paper -> paper.contribution() != null);
        measures.put("training regime given", paper -> paper.training() != null);
        measures.put("modality given", paper -> !paper.modality().isEmpty());
        measures.put("tags given", paper -> !paper.tags().isEmpty());
        measures.put("more than one category", paper -> paper.categories().size() > 1);
        Integer year = mostCommon(real.papers(), paper -> paper.published() == null ? null : paper.published().year());
        if (year != null) {
            measures.put("published in " + year, paper -> paper.published() != null
                    && paper.published().year() == year);
        }
        for (Category branch : real.categories()) {
            measures.put("primary branch " + branch.id(), paper -> branch.id().equals(paper.branch()));
        }
        Map<String, double[]> shares = new LinkedHashMap<>();
        measures.forEach((label, measure) -> shares.put(label,
                new double[] {share(real.papers(), measure), share(synthetic.papers(), measure)}));
        return shares;
    }

    private static double share(List<Paper> papers, Predicate<Paper> measure) {
        return papers.isEmpty() ? Double.NaN : (double) papers.stream().filter(measure).count() / papers.size();
    }

    private static <T> T mostCommon(List<Paper> papers, Function<Paper, T> field) {
        return papers.stream().map(field).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Comparator.comparing(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(null);
    }
}
