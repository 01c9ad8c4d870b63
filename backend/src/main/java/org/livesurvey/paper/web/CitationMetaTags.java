package org.livesurvey.paper.web;

import java.util.ArrayList;
import java.util.List;

import org.livesurvey.paper.PaperDetails;

/**
 * Highwire Press {@code citation_*} meta tags, which Google Scholar and reference managers such as Zotero read from a
 * paper's page. Whether the venue is a conference or a journal follows the BibTeX entry type the export chose, so the
 * page and its BibTeX never disagree.
 */
final class CitationMetaTags {

    private CitationMetaTags() {
    }

    /**
     * @param bibtex  the paper's BibTeX entry, as the export writes it
     * @param pageUrl the absolute address of the paper's page
     */
    static List<MetaTag> of(PaperDetails paper, String bibtex, String pageUrl) {
        List<MetaTag> tags = new ArrayList<>();
        tags.add(new MetaTag("citation_title", paper.title()));
        paper.authors().forEach(author -> tags.add(new MetaTag("citation_author", author)));
        if (paper.published() != null) {
            String date = paper.published().replace('-', '/');
            tags.add(new MetaTag("citation_publication_date", date));
            tags.add(new MetaTag("citation_online_date", date));
        }
        if (paper.venue() != null && bibtex.startsWith("@inproceedings")) {
            tags.add(new MetaTag("citation_conference_title", paper.venue()));
        } else if (paper.venue() != null && bibtex.startsWith("@article")) {
            tags.add(new MetaTag("citation_journal_title", paper.venue()));
        }
        if (paper.identifiers().arxiv() != null) {
            tags.add(new MetaTag("citation_arxiv_id", paper.identifiers().arxiv()));
        }
        if (paper.identifiers().doi() != null) {
            tags.add(new MetaTag("citation_doi", paper.identifiers().doi()));
        }
        if (paper.links().pdf() != null) {
            tags.add(new MetaTag("citation_pdf_url", paper.links().pdf()));
        }
        tags.add(new MetaTag("citation_abstract_html_url", pageUrl));
        return List.copyOf(tags);
    }

    /** One {@code <meta name content>} element. */
    record MetaTag(String name, String content) {
    }
}
