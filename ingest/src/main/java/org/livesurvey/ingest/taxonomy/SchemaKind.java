package org.livesurvey.ingest.taxonomy;

/** The three kinds of taxonomy file and the JSON Schema each is checked against. */
public enum SchemaKind {
    PAPER("paper.schema.json"),
    CATEGORIES("category.schema.json"),
    REPRODUCTION("reproduction.schema.json");

    private static final String PACKAGE = "org/livesurvey/ingest/schema/";

    private final String fileName;

    SchemaKind(String fileName) {
        this.fileName = fileName;
    }

    /** Where the schema lies on the classpath (the build copies {@code taxonomy/schema/} there). */
    public String resource() {
        return PACKAGE + fileName;
    }
}
