package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.TitleNormalizer;

/**
 * The papers of one import run, findable the way duplicates are recognised: by arXiv id, then DOI, then normalised
 * title, then a similar title ({@link TitleSimilarity}). Keys are only ever added, so a paper stays findable under a
 * title or id it had before a merge changed it.
 */
final class PaperIndex {

    /** A trigram in more papers than this says little about which paper a title names. */
    private static final int COMMON_TRIGRAM = 200;

    private final Map<String, Paper> byId = new LinkedHashMap<>();
    private final Map<String, String> idByArxiv = new HashMap<>();
    private final Map<String, String> idByDoi = new HashMap<>();
    private final Map<String, String> idByTitle = new HashMap<>();
    private final Map<String, Set<String>> idsByTrigram = new HashMap<>();
    private final Map<String, Set<String>> idsByName = new HashMap<>();
    private final Map<String, String> renamed = new HashMap<>();

    /** How an incoming paper was recognised, e.g. by {@code arXiv id} or {@code similar title (0.91)}. */
    record Match(String id, String by) {
    }

    /** A paper that may be the incoming one but was not merged, for a person to decide. */
    record NearMiss(String id, String title, String why) {
    }

    Optional<Match> find(IncomingPaper incoming) {
        Paper paper = incoming.paper();
        String arxiv = paper.identifiers().arxiv();
        if (arxiv != null && idByArxiv.containsKey(arxiv)) {
            return Optional.of(new Match(current(idByArxiv.get(arxiv)), "arXiv id"));
        }
        String doi = paper.identifiers().doi();
        if (doi != null && idByDoi.containsKey(Identity.doiKey(doi))) {
            return Optional.of(new Match(current(idByDoi.get(Identity.doiKey(doi))), "DOI"));
        }
        for (String title : titlesOf(incoming)) {
            String id = idByTitle.get(TitleNormalizer.normalizeTitle(title));
            if (id != null) {
                return Optional.of(new Match(current(id), "title"));
            }
        }
        return similar(incoming);
    }

    /** The best paper at or above {@link TitleSimilarity#SAME_WORK} that no identifier or year contradicts. */
    private Optional<Match> similar(IncomingPaper incoming) {
        Match best = null;
        double bestScore = 0;
        for (String candidate : candidates(incoming.paper().title())) {
            Paper existing = byId.get(candidate);
            double score = TitleSimilarity.of(incoming.paper().title(), existing.title());
            if (score >= TitleSimilarity.SAME_WORK && score > bestScore
                    && Identity.contradiction(incoming.paper(), existing) == null) {
                best = new Match(candidate, String.format(java.util.Locale.ROOT, "similar title (%.2f)", score));
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Papers that might be the incoming one: a similar title, or the same method name before a colon. */
    List<NearMiss> nearMisses(IncomingPaper incoming) {
        String title = incoming.paper().title();
        Set<String> seen = new LinkedHashSet<>();
        List<NearMiss> misses = new ArrayList<>();
        for (String candidate : candidates(title)) {
            Paper existing = byId.get(candidate);
            double score = TitleSimilarity.of(title, existing.title());
            if (score >= TitleSimilarity.NEAR_MISS && seen.add(candidate)) {
                String contradiction = Identity.contradiction(incoming.paper(), existing);
                misses.add(new NearMiss(candidate, existing.title(), String.format(java.util.Locale.ROOT,
                        "title similarity %.2f", score) + (contradiction == null ? "" : ", but " + contradiction)));
            }
        }
        String name = TitleSimilarity.nameOf(title);
        for (String candidate : name == null ? Set.<String>of() : idsByName.getOrDefault(name, Set.of())) {
            if (seen.add(candidate)) {
                misses.add(new NearMiss(candidate, byId.get(candidate).title(), "the same name '" + name + "'"));
            }
        }
        return misses;
    }

    private Set<String> candidates(String title) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String gram : TitleSimilarity.trigrams(title)) {
            Set<String> ids = idsByTrigram.getOrDefault(gram, Set.of());
            if (ids.size() <= COMMON_TRIGRAM) {
                candidates.addAll(ids);
            }
        }
        candidates.removeIf(id -> !byId.containsKey(id));
        return candidates;
    }

    private static List<String> titlesOf(IncomingPaper incoming) {
        List<String> titles = new ArrayList<>();
        titles.add(incoming.paper().title());
        titles.addAll(incoming.alternativeTitles());
        return titles;
    }

    Paper get(String id) {
        return byId.get(current(id));
    }

    boolean containsId(String id) {
        return byId.containsKey(id);
    }

    Iterable<Paper> papers() {
        return byId.values();
    }

    /** Adds or replaces the paper with this id; the first paper to claim a key keeps it. */
    void put(Paper paper) {
        byId.put(paper.id(), paper);
        String arxiv = paper.identifiers().arxiv();
        if (arxiv != null) {
            idByArxiv.putIfAbsent(arxiv, paper.id());
        }
        String idAsArxiv = PaperIds.normalizeArxivId(paper.id());
        if (idAsArxiv != null) {
            // a file named after an arXiv id is that paper even when its identifiers were left out
            idByArxiv.putIfAbsent(idAsArxiv, paper.id());
        }
        if (paper.identifiers().doi() != null) {
            idByDoi.putIfAbsent(Identity.doiKey(paper.identifiers().doi()), paper.id());
        }
        idByTitle.putIfAbsent(TitleNormalizer.normalizeTitle(paper.title()), paper.id());
        for (String gram : TitleSimilarity.trigrams(paper.title())) {
            idsByTrigram.computeIfAbsent(gram, g -> new LinkedHashSet<>()).add(paper.id());
        }
        String name = TitleSimilarity.nameOf(paper.title());
        if (name != null) {
            idsByName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(paper.id());
        }
    }

    /** The paper now has another id (a slug file that became its arXiv-id file); its old keys lead to the new one. */
    void rename(String oldId, Paper renamedPaper) {
        byId.remove(oldId);
        renamed.put(oldId, renamedPaper.id());
        put(renamedPaper);
    }

    private String current(String id) {
        String now = id;
        while (renamed.containsKey(now)) {
            now = renamed.get(now);
        }
        return now;
    }
}
