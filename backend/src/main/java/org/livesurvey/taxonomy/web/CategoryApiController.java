package org.livesurvey.taxonomy.web;

import java.util.List;

import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTree;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The category tree with paper counts: {@code GET /api/v1/categories} and one subtree by its path. */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryApiController {

    private final CategoryTreeService categories;

    CategoryApiController(CategoryTreeService categories) {
        this.categories = categories;
    }

    @GetMapping
    CategoryTree tree() {
        return categories.tree();
    }

    /** The path is everything after {@code /api/v1/categories/}, e.g. {@code efficiency/reasoning-economy}. */
    @GetMapping("/{*path}")
    CategoryNode node(@PathVariable String path) {
        List<CategoryNode> trail = categories.tree().trailTo(path.startsWith("/") ? path.substring(1) : path);
        return trail.get(trail.size() - 1);
    }
}
