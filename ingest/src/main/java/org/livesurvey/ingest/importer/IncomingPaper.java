package org.livesurvey.ingest.importer;

import java.util.List;

import org.livesurvey.ingest.model.Paper;

/**
 * A paper as an input describes it, before it is matched against the papers already in the taxonomy.
 *
 * @param paper             its id is the one it gets if it turns out to be new
 * @param alternativeTitles other forms of the title the input knows, also used to find the paper
 * @param origin            where it came from, for messages (e.g. {@code papers.jsonl:12})
 */
public record IncomingPaper(Paper paper, List<String> alternativeTitles, String origin) {

    public IncomingPaper {
        alternativeTitles = List.copyOf(alternativeTitles);
    }

    public IncomingPaper(Paper paper, String origin) {
        this(paper, List.of(), origin);
    }
}
