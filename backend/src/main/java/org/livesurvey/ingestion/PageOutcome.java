package org.livesurvey.ingestion;

/**
 * What became of the records of one harvested page.
 *
 * @param knownPapers records of papers the taxonomy has
 * @param seenBefore  records proposed before (or twice in the page)
 * @param notRelevant records the classifier finds outside the survey, or without a title to judge
 * @param proposed    proposals stored
 */
record PageOutcome(int records, int knownPapers, int seenBefore, int notRelevant, int proposed) {

    PageOutcome withProposed(int stored, int alreadyThere) {
        return new PageOutcome(records, knownPapers, seenBefore + alreadyThere, notRelevant, stored);
    }
}
