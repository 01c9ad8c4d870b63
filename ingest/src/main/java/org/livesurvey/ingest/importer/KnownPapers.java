package org.livesurvey.ingest.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.livesurvey.ingest.model.Paper;

/**
 * The papers of a taxonomy, found the way an import recognises duplicates ({@link PaperIndex}): by arXiv id, DOI,
 * normalised title, then a similar title that no identifier or year contradicts. For callers that only ask, such as a
 * harvest that must tell papers already filed from new ones, and new ones that may be a filed paper after all.
 */
public final class KnownPapers {

    private final PaperIndex index = new PaperIndex();

    private KnownPapers() {
    }

    public static KnownPapers of(List<Paper> papers) {
        KnownPapers known = new KnownPapers();
        papers.forEach(known.index::put);
        return known;
    }

    /** The filed paper the incoming one is, and how it was recognised (e.g. {@code arXiv id}, {@code title}). */
    public Optional<Match> find(IncomingPaper incoming) {
        return index.find(incoming).map(match -> new Match(match.id(), match.by()));
    }

    /** Filed papers the incoming one may be but was not recognised as, most similar title first. */
    public List<PossibleDuplicate> possibleDuplicates(IncomingPaper incoming) {
        String title = incoming.paper().title();
        return index.nearMisses(incoming).stream()
                .map(miss -> new PossibleDuplicate(miss.id(), miss.title(), TitleSimilarity.of(title, miss.title()),
                        miss.why()))
                .sorted(Comparator.comparingDouble(PossibleDuplicate::similarity).reversed())
                .toList();
    }

    /** @param by what matched: {@code arXiv id}, {@code DOI}, {@code title} or {@code similar title (0.91)} */
    public record Match(String id, String by) {
    }

    /**
     * @param similarity the titles' {@link TitleSimilarity}, 0..1
     * @param why        what a reviewer should know, e.g. {@code title similarity 0.84, but arXiv … and … differ}
     */
    public record PossibleDuplicate(String id, String title, double similarity, String why) {
    }
}
