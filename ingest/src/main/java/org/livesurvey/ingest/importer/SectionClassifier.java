package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.livesurvey.ingest.source.CorpusRecord;
import org.livesurvey.ingest.source.CorpusRecord.Appearance;

/**
 * Places a corpus record in the category tree from the sections it is filed under. The record's category gives the
 * branch of the primary category; a section adds a node below a branch only where a {@link SectionRule} maps it
 * clearly; every other appearance adds its own path, so a paper listed in several branches sits in all of them.
 */
public final class SectionClassifier {

    /** The order modality values are written in, so that files do not change with the order of appearances. */
    public static final List<String> MODALITY_ORDER = List.of("text", "image", "video", "audio", "multimodal", "code");

    private final SectionRules rules;
    private final Set<String> knownPaths;

    /**
     * @param knownPaths every path of the category tree
     * @throws IllegalArgumentException when a rule names a path the tree does not have
     */
    public SectionClassifier(SectionRules rules, Set<String> knownPaths) {
        List<String> unknown = rules.all().stream().map(SectionRule::category)
                .filter(c -> c != null && !knownPaths.contains(c)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("section rules name categories that are not in the tree: " + unknown);
        }
        this.rules = rules;
        this.knownPaths = Set.copyOf(knownPaths);
    }

    /**
     * @throws IllegalArgumentException when the record or one of its appearances has a category the tree lacks
     */
    public SectionClassification classify(CorpusRecord record) {
        requireKnown(record.category());
        List<Appearance> appearances = primaryFirst(record);
        Set<String> paths = new LinkedHashSet<>();
        List<SectionRule> matched = new ArrayList<>();
        for (Appearance appearance : appearances) {
            requireKnown(appearance.category());
            Optional<SectionRule> rule = rules.find(appearance.sourceList(), appearance.sourceSection());
            rule.ifPresent(matched::add);
            String target = rule.map(SectionRule::category).orElse(null);
            if (target != null) {
                paths.add(target);
            }
            if (target == null || !CategoryPaths.isWithin(target, appearance.category())) {
                paths.add(appearance.category());
            }
        }
        return new SectionClassification(
                primaryWithin(record.category(), CategoryPaths.mostSpecific(paths)),
                agreed(matched, SectionRule::contribution),
                modality(matched),
                agreed(matched, SectionRule::training),
                matched.stream().flatMap(r -> r.tags().stream()).distinct().toList());
    }

    private void requireKnown(String category) {
        if (!knownPaths.contains(category)) {
            throw new IllegalArgumentException("category '" + category + "' is not in the category tree");
        }
    }

    /** The record's primary appearance first: its subcategory is the most telling one. */
    private static List<Appearance> primaryFirst(CorpusRecord record) {
        List<Appearance> ordered = new ArrayList<>(record.appearances());
        ordered.stream()
                .filter(a -> a.sourceList().equals(record.sourceList())
                        && Objects.equals(a.sourceSection(), record.sourceSection()))
                .findFirst()
                .ifPresentOrElse(primary -> {
                    ordered.remove(primary);
                    ordered.add(0, primary);
                }, () -> ordered.add(0, new Appearance(record.sourceList(), record.sourceSection(),
                        record.category(), record.subcategory())));
        return ordered;
    }

    private static List<String> primaryWithin(String branch, List<String> paths) {
        List<String> ordered = new ArrayList<>(paths);
        String primary = ordered.stream().filter(p -> CategoryPaths.isWithin(p, branch)).findFirst().orElse(branch);
        ordered.remove(primary);
        ordered.add(0, primary);
        return ordered;
    }

    /** The value the matched rules give, when they give exactly one; conflicting sections say nothing clearly. */
    private static <T> T agreed(List<SectionRule> matched, Function<SectionRule, T> attribute) {
        List<T> values = matched.stream().map(attribute).filter(Objects::nonNull).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    private static List<String> modality(List<SectionRule> matched) {
        return matched.stream().flatMap(r -> r.modality().stream()).distinct()
                .sorted(Comparator.comparingInt(MODALITY_ORDER::indexOf)).toList();
    }
}
