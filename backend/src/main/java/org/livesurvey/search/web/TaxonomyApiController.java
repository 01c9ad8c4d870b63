package org.livesurvey.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.livesurvey.taxonomy.CategoryTree;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/taxonomy}: the category tree with paper counts, the values of the {@code category} filter and
 * facet. The same tree as {@code /api/v1/categories}, from the database, so it answers while search is down.
 */
@RestController
@Tag(name = "search")
class TaxonomyApiController {

    private final CategoryTreeService categories;

    TaxonomyApiController(CategoryTreeService categories) {
        this.categories = categories;
    }

    @Operation(summary = "The category tree with paper counts", description = "Each node's path is a value for "
            + "filter=category:<path>; a node counts the papers filed under it or below it.")
    @GetMapping("/api/v1/taxonomy")
    CategoryTree taxonomy() {
        return categories.tree();
    }
}
