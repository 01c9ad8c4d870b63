package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.livesurvey.ingest.model.Category;

/**
 * Adds the category nodes a paper's title names by one of their specific {@link TitleKeyword keywords}. Many lists
 * file papers by year, so their sections say nothing below the branch; the title often does ("... Direct Preference
 * Optimization ..."). It stays conservative: it only adds nodes below a branch the paper already has, because a
 * title alone cannot tell a reasoning paper that uses DPO from an alignment paper about DPO.
 */
public final class TitleKeywordClassifier {

    private final List<Node> nodes;

    /** @param categories every node of the category tree, in tree order (the order breaks ties) */
    public TitleKeywordClassifier(Collection<Category> categories) {
        this.nodes = categories.stream()
                .filter(c -> c.depth() >= 1)
                .map(c -> new Node(c.path(), c.depth(),
                        c.keywords().stream().map(TitleKeyword::of).flatMap(Optional::stream).toList()))
                .filter(n -> !n.keywords().isEmpty())
                .toList();
    }

    /**
     * The paper's categories with the nodes its title names added, most specific paths only. The primary stays
     * first unless a named node lies below it (as below a bare branch such as {@code alignment}): then the deepest
     * such node, and of equally deep ones the one named earliest in the title, refines the primary.
     *
     * @param categories the paper's category paths, primary first
     * @throws IllegalArgumentException when there are no categories: there is no branch to add to
     */
    public List<String> classify(String title, List<String> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a paper needs a category before its title can add more: " + title);
        }
        List<Match> matches = matches(TitleWords.of(title), branchesOf(categories));
        if (matches.isEmpty()) {
            return List.copyOf(categories);
        }
        String primary = refined(categories.get(0), matches);
        List<String> all = new ArrayList<>();
        all.add(primary);
        all.addAll(categories);
        matches.forEach(m -> all.add(m.path()));
        return primaryFirst(primary, CategoryPaths.mostSpecific(all));
    }

    /**
     * Categories for a paper that no list has filed: the nodes of any branch its title names, most specific paths
     * only, the deepest (then the one named earliest) first; empty when the title names none. This is a weak
     * signal (about two titles in five name a node), good enough to propose a filing that a reviewer checks.
     */
    public List<String> suggest(String title) {
        Set<String> allBranches = nodes.stream().map(n -> CategoryPaths.branchOf(n.path())).collect(Collectors.toSet());
        List<Match> matches = matches(TitleWords.of(title), allBranches);
        if (matches.isEmpty()) {
            return List.of();
        }
        String primary = matches.stream()
                .min(Comparator.comparingInt(Match::depth).reversed().thenComparingInt(Match::titleIndex))
                .orElseThrow().path();
        List<String> all = new ArrayList<>();
        all.add(primary);
        matches.forEach(m -> all.add(m.path()));
        return primaryFirst(primary, CategoryPaths.mostSpecific(all));
    }

    private static Set<String> branchesOf(List<String> categories) {
        return categories.stream().map(CategoryPaths::branchOf).collect(Collectors.toSet());
    }

    private List<Match> matches(TitleWords title, Set<String> branches) {
        List<Match> matches = new ArrayList<>();
        for (Node node : nodes) {
            if (branches.contains(CategoryPaths.branchOf(node.path()))) {
                node.keywords().stream().mapToInt(k -> k.firstIndexIn(title)).filter(i -> i >= 0).min()
                        .ifPresent(index -> matches.add(new Match(node.path(), node.depth(), index)));
            }
        }
        return matches;
    }

    private static String refined(String primary, List<Match> matches) {
        return matches.stream()
                .filter(m -> !m.path().equals(primary) && CategoryPaths.isWithin(m.path(), primary))
                .min(Comparator.comparingInt(Match::depth).reversed().thenComparingInt(Match::titleIndex))
                .map(Match::path)
                .orElse(primary);
    }

    /** {@code mostSpecific} may have replaced the primary by a path below it; that path then leads. */
    private static List<String> primaryFirst(String primary, List<String> paths) {
        List<String> ordered = new ArrayList<>(paths);
        String leading = ordered.stream().filter(p -> CategoryPaths.isWithin(p, primary)).findFirst().orElseThrow();
        ordered.remove(leading);
        ordered.add(0, leading);
        return List.copyOf(ordered);
    }

    /** A node of the tree below a branch, with the keywords that count. */
    private record Node(String path, int depth, List<TitleKeyword> keywords) {
    }

    /** A node the title names, and the index of the title's first word that names it. */
    private record Match(String path, int depth, int titleIndex) {
    }
}
