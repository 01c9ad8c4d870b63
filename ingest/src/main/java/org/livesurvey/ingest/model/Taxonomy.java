package org.livesurvey.ingest.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole curated content of a {@code taxonomy/} directory, as read from its files. */
public record Taxonomy(List<Category> categories, List<Paper> papers, List<Reproduction> reproductions) {

    public Taxonomy {
        categories = List.copyOf(categories);
        papers = List.copyOf(papers);
        reproductions = List.copyOf(reproductions);
    }

    /** Every node of the tree, parents before children, keyed by path. */
    public Map<String, Category> categoriesByPath() {
        Map<String, Category> byPath = new LinkedHashMap<>();
        List<Category> pending = new ArrayList<>(categories);
        while (!pending.isEmpty()) {
            Category next = pending.remove(0);
            byPath.put(next.path(), next);
            pending.addAll(0, next.children());
        }
        return byPath;
    }
}
