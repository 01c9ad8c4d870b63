package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Reproduction;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * What {@link TaxonomyReader} made of a taxonomy directory: the files that could be read, where they came from,
 * and the problems of those that could not.
 *
 * @param categoryTree      the tree, or {@code null} when {@code categories.yaml} is missing or has problems
 * @param paperFileIds      the ids the paper files are named after, readable or not
 * @param reproductionFiles how many reproduction files there are, readable or not
 * @param problems          sorted by file and line
 */
public record TaxonomyReading(
        Path directory,
        Located<List<Category>> categoryTree,
        List<Located<Paper>> papers,
        List<Located<Reproduction>> reproductions,
        Set<String> paperFileIds,
        int reproductionFiles,
        List<Problem> problems) {

    public TaxonomyReading {
        papers = List.copyOf(papers);
        reproductions = List.copyOf(reproductions);
        paperFileIds = Set.copyOf(paperFileIds);
        problems = problems.stream().sorted().toList();
    }

    /** The content that was read; files with problems are left out. */
    public Taxonomy taxonomy() {
        return new Taxonomy(
                categoryTree == null ? List.of() : categoryTree.value(),
                papers.stream().map(Located::value).toList(),
                reproductions.stream().map(Located::value).toList());
    }
}
