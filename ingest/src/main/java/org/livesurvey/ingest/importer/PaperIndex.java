package org.livesurvey.ingest.importer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.TitleNormalizer;

/**
 * The papers of one import run, findable the way duplicates are recognised: by arXiv id, then DOI, then normalised
 * title. Keys are only ever added, so a paper stays findable under a title it had before a merge renamed it.
 */
final class PaperIndex {

    private final Map<String, Paper> byId = new LinkedHashMap<>();
    private final Map<String, String> idByArxiv = new HashMap<>();
    private final Map<String, String> idByDoi = new HashMap<>();
    private final Map<String, String> idByTitle = new HashMap<>();

    /** How an incoming paper was recognised. */
    record Match(String id, String by) {
    }

    Optional<Match> find(IncomingPaper incoming) {
        Paper paper = incoming.paper();
        String arxiv = paper.identifiers().arxiv();
        if (arxiv != null && idByArxiv.containsKey(arxiv)) {
            return Optional.of(new Match(idByArxiv.get(arxiv), "arXiv id"));
        }
        String doi = paper.identifiers().doi();
        if (doi != null && idByDoi.containsKey(doiKey(doi))) {
            return Optional.of(new Match(idByDoi.get(doiKey(doi)), "DOI"));
        }
        if (idByTitle.containsKey(TitleNormalizer.normalizeTitle(paper.title()))) {
            return Optional.of(new Match(idByTitle.get(TitleNormalizer.normalizeTitle(paper.title())), "title"));
        }
        return incoming.alternativeTitles().stream()
                .map(TitleNormalizer::normalizeTitle)
                .filter(idByTitle::containsKey)
                .findFirst()
                .map(title -> new Match(idByTitle.get(title), "title"));
    }

    Paper get(String id) {
        return byId.get(id);
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
            idByDoi.putIfAbsent(doiKey(paper.identifiers().doi()), paper.id());
        }
        idByTitle.putIfAbsent(TitleNormalizer.normalizeTitle(paper.title()), paper.id());
    }

    // DOIs are case-insensitive
    private static String doiKey(String doi) {
        return doi.toLowerCase(Locale.ROOT);
    }
}
