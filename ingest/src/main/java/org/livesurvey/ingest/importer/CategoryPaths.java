package org.livesurvey.ingest.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small operations on category paths such as {@code efficiency/reasoning-economy/test-time}. */
public final class CategoryPaths {

    private CategoryPaths() {
    }

    /** Whether {@code path} is {@code ancestor} itself or lies below it. */
    static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    /** The top-level branch a path lies in: {@code efficiency} for {@code efficiency/reasoning-economy}. */
    public static String branchOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /**
     * Drops every path that has a more specific path of its own subtree in the collection, and duplicates; keeps
     * the order of the rest.
     */
    static List<String> mostSpecific(Collection<String> paths) {
        List<String> kept = new ArrayList<>();
        for (String path : paths) {
            boolean hasDescendant = paths.stream().anyMatch(other -> !other.equals(path) && isWithin(other, path));
            if (!hasDescendant && !kept.contains(path)) {
                kept.add(path);
            }
        }
        return kept;
    }
}
