package org.livesurvey.ingest.source;

import java.util.List;

/**
 * One line of the paper-metadata corpus ({@code ../shared/corpus/papers.jsonl}): what curated "awesome" lists say
 * about one paper. Optional scalars are {@code null} when absent; list fields are never {@code null}.
 *
 * @param line                    the line of the file it was read from, for messages
 * @param id                      {@code arxiv:<id>} or {@code title:<normalised title>}
 * @param linkType                {@code arxiv}, {@code paper} or {@code web page}
 * @param year                    publication year, {@code null} when unknown
 * @param venue                   as listed; {@code arXiv} when a list marks the paper only as an arXiv preprint
 * @param category                the top-level category of the record (majority over its appearances)
 * @param subcategory             the deepest heading of the primary appearance
 * @param arxivIdConflicts        ids a list links for this title but that belong to another title
 * @param listedArxivIdsCorrected ids a list links for this title that were replaced by {@code arxivId}
 */
public record CorpusRecord(
        int line,
        String id,
        String title,
        List<String> titleVariants,
        String arxivId,
        String url,
        String linkType,
        Integer year,
        String venue,
        String codeUrl,
        String sourceList,
        String sourceSection,
        String category,
        String subcategory,
        List<String> categories,
        List<String> sourceLists,
        List<Appearance> appearances,
        List<String> arxivIdConflicts,
        List<String> listedArxivIdsCorrected) {

    public CorpusRecord {
        titleVariants = List.copyOf(titleVariants);
        categories = List.copyOf(categories);
        sourceLists = List.copyOf(sourceLists);
        appearances = List.copyOf(appearances);
        arxivIdConflicts = List.copyOf(arxivIdConflicts);
        listedArxivIdsCorrected = List.copyOf(listedArxivIdsCorrected);
    }

    /** One place in one list where the paper is filed. */
    public record Appearance(String sourceList, String sourceSection, String category, String subcategory) {
    }
}
