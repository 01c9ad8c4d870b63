package org.livesurvey.benchmark.ingest;

/** The syntax family of a format, which sets the reading speed it should reach. */
enum Syntax {

    XML(5_000),
    JSON(20_000),
    BIBTEX(5_000),
    /** No goal has been set for RIS. */
    RIS(0);

    private final int goalRecordsPerSecond;

    Syntax(int goalRecordsPerSecond) {
        this.goalRecordsPerSecond = goalRecordsPerSecond;
    }

    /** The records per second reading should reach, or 0 where no goal is set. */
    int goalRecordsPerSecond() {
        return goalRecordsPerSecond;
    }
}
