package org.livesurvey.ingest.importer;

import java.util.List;

import org.livesurvey.ingest.metadata.ArxivIds;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;

/**
 * The links of a paper that turned out to be an arXiv paper: arXiv's own pages, the venue's landing page moved to
 * {@code venue} beside them, and a link to another arXiv id (a list's wrong link) replaced.
 */
final class ArxivLinks {

    private ArxivLinks() {
    }

    /** @param warnings where a replaced wrong link is reported */
    static Paper of(Paper paper, String arxiv, List<String> warnings) {
        Links links = paper.links();
        String abs = "https://arxiv.org/abs/" + arxiv;
        boolean venuePage = links.paper() != null && !links.paper().contains("arxiv.org/") && links.venue() == null;
        String page = venuePage ? abs : arxivLinkOrKeep(paper.id(), "paper", links.paper(), abs, arxiv, warnings);
        String pdf = arxivLinkOrKeep(paper.id(), "pdf", links.pdf(), "https://arxiv.org/pdf/" + arxiv, arxiv, warnings);
        return paper.withLinks(new Links(page, pdf, links.code(), links.project(),
                venuePage ? links.paper() : links.venue()));
    }

    private static String arxivLinkOrKeep(String id, String kind, String link, String arxivLink, String arxiv,
                                          List<String> warnings) {
        if (link == null) {
            return arxivLink;
        }
        if (link.contains("arxiv.org/") && !arxiv.equals(ArxivIds.idOf(link))) {
            warnings.add(id + ": links." + kind + " " + link + " led to another arXiv page; now " + arxivLink);
            return arxivLink;
        }
        return link;
    }
}
