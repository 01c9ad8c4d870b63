package org.livesurvey.ingest.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.importer.PaperIds;
import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * One arXiv id belongs to one paper: a paper whose links lead to an arXiv page names that id, and no other paper may
 * name it, by id, identifiers or links. Lists copy links between entries, and a link to another paper's arXiv page
 * sends readers to the wrong paper.
 */
final class LinkedArxivCheck implements TaxonomyCheck {

    private static final String UNREADABLE = "unreadable:";

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        Map<String, Located<Paper>> ownerById = new HashMap<>();
        for (Located<Paper> paper : reading.papers()) {
            String own = PaperIds.arxivIdOf(paper.value());
            if (own != null) {
                ownerById.putIfAbsent(own, paper);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Located<Paper> paper : reading.papers()) {
            String own = PaperIds.arxivIdOf(paper.value());
            linkedIds(paper.value().links()).forEach((kind, linked) -> {
                if (linked.equals(own)) {
                    return;
                }
                Located<Paper> owner = ownerById.get(linked);
                String pointer = "/links/" + kind;
                if (owner != null) {
                    problems.add(paper.problemAt(pointer, "links." + kind + " leads to arXiv " + linked + ", which is "
                            + SimilarPaperCheck.shownPath(reading.directory(), owner.file()) + " ('"
                            + owner.value().title() + "')"));
                } else if (linked.startsWith(UNREADABLE)) {
                    problems.add(paper.problemAt(pointer, "links." + kind + " is an arXiv link without a valid id: "
                            + linked.substring(UNREADABLE.length())));
                } else if (own != null) {
                    problems.add(paper.problemAt(pointer, "links." + kind + " leads to arXiv " + linked
                            + " but the paper's arXiv id is " + own));
                } else {
                    problems.add(paper.problemAt(pointer, "links." + kind + " leads to arXiv " + linked
                            + " but the paper has no arXiv id: if that is this paper, set identifiers.arxiv (the file"
                            + " becomes " + linked.replace('/', '-') + ".yaml), otherwise correct the link"));
                }
            });
        }
        return problems;
    }

    /** The arXiv id each arXiv link names, by link kind. */
    private static Map<String, String> linkedIds(Links links) {
        Map<String, String> byKind = new LinkedHashMap<>();
        put(byKind, "paper", links.paper());
        put(byKind, "pdf", links.pdf());
        put(byKind, "venue", links.venue());
        return byKind;
    }

    private static void put(Map<String, String> byKind, String kind, String url) {
        if (url != null && url.matches("(?i)https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf|html)/.*")) {
            String id = ArxivIds.idOf(url);
            byKind.put(kind, id == null ? UNREADABLE + url : id);
        }
    }
}
