package org.livesurvey.ingest.importer;

import java.util.List;

import org.livesurvey.ingest.model.Paper;

/**
 * A paper as an input describes it, before it is matched against the papers already in the taxonomy.
 *
 * @param paper             its id is the one it gets if it turns out to be new
 * @param alternativeTitles other forms of the title the input knows, also used to find the paper
 * @param origin            where it came from, for messages (e.g. {@code papers.jsonl:12})
 * @param provenance        the metadata source to credit with each field it fills in ({@code sources: - list: …
 *                          fields: […]}), or {@code null} for a curated list whose sources the paper already names
 */
public record IncomingPaper(Paper paper, List<String> alternativeTitles, String origin, String provenance) {

    public IncomingPaper {
        alternativeTitles = List.copyOf(alternativeTitles);
    }

    public IncomingPaper(Paper paper, List<String> alternativeTitles, String origin) {
        this(paper, alternativeTitles, origin, null);
    }

    /** The same paper filed under these categories (a contributor's choice instead of the suggested ones). */
    public IncomingPaper withCategories(List<String> categories) {
        Paper p = paper;
        return new IncomingPaper(new Paper(p.id(), p.title(), p.authors(), p.published(), p.updated(), p.venue(),
                p.identifiers(), p.links(), p.abstractText(), categories, p.tags(), p.contribution(), p.modality(),
                p.training(), p.claims(), p.sources(), p.arxivCategories(), p.formerIds(), p.distinctFrom(),
                p.authorsTruncated()), alternativeTitles, origin, provenance);
    }

    public IncomingPaper(Paper paper, String origin) {
        this(paper, List.of(), origin, null);
    }
}
