package org.livesurvey.ingest.harvest;

import org.livesurvey.ingest.metadata.MetadataBatch;

/**
 * Takes the records of each page a harvester fetched, in order. The checkpoint moves past a page only once this
 * returns normally: a page whose delivery failed or was cut short by a crash is delivered again by the next run, so
 * consumers must tolerate a page twice (the importer deduplicates).
 */
@FunctionalInterface
public interface PageSink {

    void accept(MetadataBatch page) throws Exception;
}
