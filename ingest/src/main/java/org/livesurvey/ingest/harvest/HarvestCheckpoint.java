package org.livesurvey.ingest.harvest;

import java.util.Optional;

/**
 * Where a harvest stands, kept between runs so that a crashed or stopped harvest resumes with the page it did not
 * finish. The state is the harvester's own (a resumption token, a start offset); it is saved only after the page
 * before it was handed over in full.
 */
public interface HarvestCheckpoint {

    /** The state saved last, or empty when no harvest is under way. */
    Optional<String> load();

    void save(String state);

    /** Forgets the state: the harvest is complete, and the next one starts from its query. */
    void clear();
}
