package org.livesurvey.ingest.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

import org.livesurvey.ingest.model.Category;

/** Temporary taxonomy directories for import tests, built on the repository's real category tree. */
final class TaxonomyFixtures {

    static final Path REAL_CATEGORIES = Path.of("../taxonomy/categories.yaml");

    private TaxonomyFixtures() {
    }

    /** A taxonomy directory with the real {@code categories.yaml} and no papers yet. */
    static Path emptyTaxonomy(Path parent) throws IOException {
        Path taxonomy = Files.createDirectories(parent.resolve("taxonomy"));
        Files.copy(REAL_CATEGORIES, taxonomy.resolve("categories.yaml"));
        return taxonomy;
    }

    /** Every path of the real category tree, as the importer reads it. */
    static Set<String> realCategoryPaths(Path scratch) throws IOException {
        return ExistingTaxonomy.read(emptyTaxonomy(scratch)).categoryPaths();
    }

    /** Every node of the real category tree, parents before children. */
    static Collection<Category> realCategories(Path scratch) throws IOException {
        return ExistingTaxonomy.read(emptyTaxonomy(scratch)).categoriesByPath().values();
    }
}
