package org.livesurvey.ingest.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Reproduction;
import org.livesurvey.ingest.model.Taxonomy;

/** Compares a taxonomy with what the database holds and works out what a sync must write; touches no database. */
final class SyncPlanner {

    private SyncPlanner() {
    }

    /**
     * @param storedReproductions the content hash of each stored reproduction spec, by id
     * @throws IllegalArgumentException when the taxonomy cannot be stored as it is: two papers with one id, a paper
     *                                  without a category or with a category path that is not in the tree, a
     *                                  reproduction of a paper or claim that is not in the taxonomy
     */
    static SyncPlan plan(Taxonomy taxonomy, Map<String, CategoryRow> storedCategories,
                         Map<String, StoredPaper> storedPapers, Map<String, String> storedReproductions) {
        List<CategoryRow> wantedCategories = CategoryRow.allOf(taxonomy.categories());
        checkStorable(taxonomy, wantedCategories);
        checkReproductionsStorable(taxonomy);

        List<CategoryRow> categoriesToUpsert = wantedCategories.stream()
                .filter(row -> !row.equals(storedCategories.get(row.path())))
                .toList();
        Set<String> wantedPaths = new HashSet<>(wantedCategories.stream().map(CategoryRow::path).toList());
        List<String> categoriesToDelete = storedCategories.keySet().stream()
                .filter(path -> !wantedPaths.contains(path))
                .sorted()
                .toList();

        List<PlannedPaper> added = new ArrayList<>();
        List<PlannedPaper> changed = new ArrayList<>();
        Map<String, StoredPaper> gone = new LinkedHashMap<>(storedPapers);
        int unchanged = 0;
        for (Paper paper : taxonomy.papers()) {
            StoredPaper stored = gone.remove(paper.id());
            PaperSnapshot snapshot = PaperSnapshot.of(paper);
            String hash = snapshot.contentHash();
            if (stored == null) {
                added.add(new PlannedPaper(paper, snapshot, hash, 1));
            } else if (!stored.contentHash().equals(hash)) {
                changed.add(new PlannedPaper(paper, snapshot, hash, stored.version() + 1));
            } else {
                unchanged++;
            }
        }
        List<StoredPaper> removed = gone.values().stream()
                .sorted(Comparator.comparing(StoredPaper::id))
                .toList();
        return new SyncPlan(categoriesToUpsert, categoriesToDelete, added, changed, removed, unchanged,
                planReproductions(taxonomy.reproductions(), storedReproductions));
    }

    private static ReproductionPlan planReproductions(List<Reproduction> reproductions,
                                                      Map<String, String> storedHashes) {
        List<PlannedReproduction> added = new ArrayList<>();
        List<PlannedReproduction> changed = new ArrayList<>();
        Map<String, String> gone = new HashMap<>(storedHashes);
        int unchanged = 0;
        for (Reproduction reproduction : reproductions) {
            String storedHash = gone.remove(reproduction.id());
            PlannedReproduction planned = PlannedReproduction.of(reproduction);
            if (storedHash == null) {
                added.add(planned);
            } else if (!storedHash.equals(planned.contentHash())) {
                changed.add(planned);
            } else {
                unchanged++;
            }
        }
        return new ReproductionPlan(added, changed, gone.keySet().stream().sorted().toList(), unchanged);
    }

    /**
     * The validator reports these problems with file and line; this guard only keeps a caller that skipped it from
     * writing a half-consistent knowledge base. Every category a paper names is in the tree, so after the sync no
     * paper uses a node that left the tree and those nodes can all be deleted.
     */
    private static void checkStorable(Taxonomy taxonomy, List<CategoryRow> wantedCategories) {
        Set<String> paths = new HashSet<>();
        wantedCategories.forEach(row -> paths.add(row.path()));
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Paper paper : taxonomy.papers()) {
            if (!ids.add(paper.id())) {
                problems.add("two papers have the id " + paper.id());
            }
            if (paper.categories().isEmpty()) {
                problems.add("paper " + paper.id() + " has no category");
            }
            new LinkedHashSet<>(paper.categories()).stream()
                    .filter(path -> !paths.contains(path))
                    .forEach(path -> problems.add("paper " + paper.id() + " names the unknown category " + path));
        }
        throwIfAny(problems);
    }

    /** Like {@link #checkStorable}: the validator reports these with file and line. */
    private static void checkReproductionsStorable(Taxonomy taxonomy) {
        Map<String, Set<String>> claimsByPaper = new HashMap<>();
        taxonomy.papers().forEach(paper -> claimsByPaper.put(paper.id(),
                paper.claims().stream().map(Claim::id).collect(Collectors.toSet())));
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Reproduction reproduction : taxonomy.reproductions()) {
            if (!ids.add(reproduction.id())) {
                problems.add("two reproductions have the id " + reproduction.id());
            }
            Set<String> claims = claimsByPaper.get(reproduction.paper());
            if (claims == null) {
                problems.add("reproduction " + reproduction.id() + " names the unknown paper " + reproduction.paper());
                continue;
            }
            reproduction.checks().stream().map(Reproduction.ClaimCheck::claim)
                    .filter(claim -> !claims.contains(claim))
                    .forEach(claim -> problems.add("reproduction " + reproduction.id() + " checks the claim " + claim
                            + " that paper " + reproduction.paper() + " does not make"));
        }
        throwIfAny(problems);
    }

    private static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the taxonomy cannot be synced: " + String.join("; ", problems));
        }
    }
}
