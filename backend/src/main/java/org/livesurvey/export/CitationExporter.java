package org.livesurvey.export;

import java.util.List;

import org.livesurvey.paper.PaperDetails;

import org.springframework.stereotype.Component;

/**
 * Writes papers as a citation file in one of the {@link ExportFormat}s: one paper for its export endpoint, a result
 * set for search exports. Stateless and free of I/O; the same papers in the same order always give the same text.
 */
@Component
public class CitationExporter {

    private final BibtexWriter bibtex = new BibtexWriter();
    private final CslJsonWriter cslJson = new CslJsonWriter();
    private final RisWriter ris = new RisWriter();
    private final CsvWriter csv = new CsvWriter();

    public String export(List<PaperDetails> papers, ExportFormat format) {
        List<CitedPaper> cited = papers.stream().map(CitedPaper::of).toList();
        return switch (format) {
            case BIBTEX -> bibtex.write(cited);
            case CSL_JSON -> cslJson.write(cited);
            case RIS -> ris.write(cited);
            case CSV -> csv.write(cited);
        };
    }
}
