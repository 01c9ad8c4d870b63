package org.livesurvey.ingest.harvest;

/** A {@link PageSink} that also gets each page's bytes as fetched; the same delivery and checkpoint rules apply. */
@FunctionalInterface
public interface FetchedPageSink {

    void accept(FetchedPage page) throws Exception;
}
