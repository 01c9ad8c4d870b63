package org.livesurvey.export;

import java.util.List;

import org.livesurvey.paper.PaperDetails;

/**
 * A paper with what every citation format derives from it worked out once.
 *
 * @param venue {@code null} for preprints, whose only "venue" is arXiv
 * @param date  {@code null} when the publication date is unknown
 * @param url   where to read it: its paper link, else its arXiv abstract page, else {@code null}
 */
record CitedPaper(PaperDetails details, PublicationKind kind, List<PersonName> authors, PublicationDate date,
                  String venue, String url) {

    static CitedPaper of(PaperDetails paper) {
        PublicationKind kind = PublicationKind.ofVenue(paper.venue());
        return new CitedPaper(
                paper,
                kind,
                paper.authors().stream().filter(name -> !name.isBlank()).map(PersonName::parse).toList(),
                PublicationDate.parse(paper.published()).orElse(null),
                kind == PublicationKind.PREPRINT ? null : paper.venue().strip(),
                landingPage(paper));
    }

    private static String landingPage(PaperDetails paper) {
        if (paper.links() != null && paper.links().paper() != null) {
            return paper.links().paper();
        }
        String arxiv = arxivId(paper);
        return arxiv == null ? null : "https://arxiv.org/abs/" + arxiv;
    }

    String arxivId() {
        return arxivId(details);
    }

    String doi() {
        return details.identifiers() == null ? null : details.identifiers().doi();
    }

    private static String arxivId(PaperDetails paper) {
        return paper.identifiers() == null ? null : paper.identifiers().arxiv();
    }
}
