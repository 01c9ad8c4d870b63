package org.livesurvey.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole category tree with paper counts, branches in file order. */
public record CategoryTree(List<CategoryNode> branches) {

    public CategoryTree {
        branches = List.copyOf(branches);
    }

    public Optional<CategoryNode> find(String path) {
        return Optional.ofNullable(byPath().get(path));
    }

    /**
     * The node at the path and its ancestors, branch first.
     *
     * @throws CategoryNotFoundException when the tree has no such node
     */
    public List<CategoryNode> trailTo(String path) {
        List<CategoryNode> trail = new ArrayList<>();
        List<CategoryNode> level = branches;
        for (String ancestor : ancestorPaths(path)) {
            CategoryNode next = level.stream().filter(node -> node.path().equals(ancestor)).findFirst()
                    .orElseThrow(() -> CategoryNotFoundException.forPath(path));
            trail.add(next);
            level = next.children();
        }
        return trail;
    }

    /** Every node's display name, keyed by path. */
    public Map<String, String> namesByPath() {
        Map<String, String> names = new LinkedHashMap<>();
        byPath().forEach((path, node) -> names.put(path, node.name()));
        return names;
    }

    private Map<String, CategoryNode> byPath() {
        Map<String, CategoryNode> byPath = new LinkedHashMap<>();
        List<CategoryNode> pending = new ArrayList<>(branches);
        while (!pending.isEmpty()) {
            CategoryNode node = pending.remove(pending.size() - 1);
            byPath.put(node.path(), node);
            pending.addAll(node.children());
        }
        return byPath;
    }

    private static List<String> ancestorPaths(String path) {
        List<String> paths = new ArrayList<>();
        int slash = -1;
        while ((slash = path.indexOf('/', slash + 1)) >= 0) {
            paths.add(path.substring(0, slash));
        }
        paths.add(path);
        return paths;
    }
}
