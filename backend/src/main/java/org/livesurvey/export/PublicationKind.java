package org.livesurvey.export;

import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of publication a paper is, which decides the entry type in every format. */
enum PublicationKind {

    /** Published at a venue that is not a conference: a journal, or a report such as a model card. */
    JOURNAL_ARTICLE,
    /** Published at a conference or one of its workshops or findings tracks. */
    CONFERENCE_PAPER,
    /** Not (yet) published at a venue: an arXiv preprint, or anything else known only by its URL. */
    PREPRINT;

    /**
     * Venues are free text as they write themselves ({@code NeurIPS2025}, {@code ICLR WorkShop 2024},
     * {@code ACL2025-findings}), so acronyms are matched as whole words that a year may follow; a longer word that
     * merely contains one ({@code Oracle} contains {@code acl}) does not count.
     */
    private static final Pattern CONFERENCE = Pattern.compile(
            "(?<![a-z])(neurips|nips|iclr|icml|colt|aistats|uai|acl|naacl|eacl|aacl|emnlp|coling|lrec|colm|cvpr|iccv"
                    + "|eccv|wacv|bmvc|aaai|ijcai|kdd|sigir|www|icassp|interspeech|asplos|mlsys|corl|icra|iros"
                    + "|iconip|nesy|findings|conference|proceedings|symposium|workshop)(?![a-z])");

    private static final Pattern PREPRINT_SERVER = Pattern.compile("(arxiv|corr)(?![a-z]).*");

    static PublicationKind ofVenue(String venue) {
        if (isPreprintServer(venue)) {
            return PREPRINT;
        }
        String lower = venue.toLowerCase(Locale.ROOT);
        return CONFERENCE.matcher(lower).find() ? CONFERENCE_PAPER : JOURNAL_ARTICLE;
    }

    /** {@code null}, blank and {@code arXiv} (or CoRR, arXiv's journal name in DBLP) are no venue. */
    static boolean isPreprintServer(String venue) {
        return venue == null || venue.isBlank()
                || PREPRINT_SERVER.matcher(venue.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
