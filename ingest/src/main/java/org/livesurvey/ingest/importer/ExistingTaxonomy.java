package org.livesurvey.ingest.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Taxonomy;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * What an import needs to know of the taxonomy it adds to: the category tree and the papers already there.
 *
 * @param categoriesByPath every node of the tree, parents before children
 */
public record ExistingTaxonomy(Map<String, Category> categoriesByPath, List<Paper> papers) {

    public ExistingTaxonomy {
        categoriesByPath = Collections.unmodifiableMap(new LinkedHashMap<>(categoriesByPath));
        papers = List.copyOf(papers);
    }

    public Set<String> categoryPaths() {
        return categoriesByPath.keySet();
    }

    /**
     * Reads the taxonomy directory, creating an empty {@code papers/} directory when there is none yet.
     *
     * @throws IllegalArgumentException when there is no such directory
     * @throws TaxonomyNotImportableException when any file has a problem: a paper file that cannot be read could
     *                                        otherwise be overwritten or duplicated
     */
    public static ExistingTaxonomy read(Path taxonomyDir) {
        if (!Files.isDirectory(taxonomyDir)) {
            throw new IllegalArgumentException("no taxonomy directory at " + taxonomyDir);
        }
        try {
            Files.createDirectories(taxonomyDir.resolve(TaxonomyReader.PAPERS_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + taxonomyDir.resolve(TaxonomyReader.PAPERS_DIR), e);
        }
        TaxonomyReading reading = new TaxonomyReader().read(taxonomyDir);
        if (!reading.problems().isEmpty()) {
            throw new TaxonomyNotImportableException(reading.problems());
        }
        Taxonomy taxonomy = reading.taxonomy();
        return new ExistingTaxonomy(taxonomy.categoriesByPath(), taxonomy.papers());
    }

    /** The taxonomy has problems that must be fixed before anything is imported into it. */
    public static final class TaxonomyNotImportableException extends RuntimeException {

        private final List<Problem> problems;

        TaxonomyNotImportableException(List<Problem> problems) {
            super(problems.size() + " problem(s) in the taxonomy; fix them before importing");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
