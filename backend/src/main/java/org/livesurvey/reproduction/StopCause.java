package org.livesurvey.reproduction;

/** Why the runner stopped an experiment before it ended by itself. */
enum StopCause {

    /** It ran longer than its reproduction's timeout. */
    TIMEOUT,
    /** The run is no longer this worker's: an operator cancelled it, or its lease passed to another worker. */
    RELEASED,
    /** The worker is shutting down; the run goes back to the queue. */
    SHUTDOWN
}
