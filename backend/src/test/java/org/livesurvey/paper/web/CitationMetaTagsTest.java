package org.livesurvey.paper.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.export.CitationExporter;
import org.livesurvey.export.ExportFormat;
import org.livesurvey.paper.PaperDetails;
import org.livesurvey.paper.TestPapers;
import org.livesurvey.paper.web.CitationMetaTags.MetaTag;

class CitationMetaTagsTest {

    private final CitationExporter exporter = new CitationExporter();

    @Test
    void describesAConferencePaper() {
        assertThat(tagsOf(TestPapers.dymu())).containsExactly(
                new MetaTag("citation_title", "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs"),
                new MetaTag("citation_author", "Zhenhailong Wang"),
                new MetaTag("citation_author", "Senthil Purushwalkam"),
                new MetaTag("citation_publication_date", "2025/04/23"),
                new MetaTag("citation_online_date", "2025/04/23"),
                new MetaTag("citation_conference_title", "NeurIPS 2025"),
                new MetaTag("citation_arxiv_id", "2504.17040"),
                new MetaTag("citation_doi", "10.48550/arXiv.2504.17040"),
                new MetaTag("citation_pdf_url", "https://arxiv.org/pdf/2504.17040"),
                new MetaTag("citation_abstract_html_url", "https://livesurvey.example/papers/2504.17040"));
    }

    @Test
    void namesAJournalAsSuch() {
        assertThat(tagsOf(withVenue(TestPapers.dymu(), "Transactions on Machine Learning Research")))
                .contains(new MetaTag("citation_journal_title", "Transactions on Machine Learning Research"))
                .noneMatch(tag -> tag.name().equals("citation_conference_title"));
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        List<MetaTag> tags = tagsOf(TestPapers.withMarkup());

        assertThat(tags).extracting(MetaTag::name).containsExactly("citation_title", "citation_author",
                "citation_publication_date", "citation_online_date", "citation_abstract_html_url");
        assertThat(tags).contains(new MetaTag("citation_publication_date", "2024"));
    }

    private List<MetaTag> tagsOf(PaperDetails paper) {
        String bibtex = exporter.export(List.of(paper), ExportFormat.BIBTEX);
        return CitationMetaTags.of(paper, bibtex, "https://livesurvey.example/papers/" + paper.id());
    }

    private static PaperDetails withVenue(PaperDetails p, String venue) {
        return new PaperDetails(p.id(), p.title(), p.authors(), p.authorsTruncated(), p.published(), p.updated(),
                venue, p.identifiers(), p.links(), p.abstractText(), p.categories(), p.tags(), p.contribution(),
                p.modality(), p.training(), p.claims(), p.sources(), p.version(), p.changedAt());
    }
}
