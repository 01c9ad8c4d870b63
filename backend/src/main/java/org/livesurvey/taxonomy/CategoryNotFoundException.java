package org.livesurvey.taxonomy;

/** The category tree has no node at the requested path. */
public final class CategoryNotFoundException extends RuntimeException {

    private final String path;

    private CategoryNotFoundException(String path) {
        super("no category at path '" + path + "'");
        this.path = path;
    }

    public static CategoryNotFoundException forPath(String path) {
        return new CategoryNotFoundException(path);
    }

    public String path() {
        return path;
    }
}
