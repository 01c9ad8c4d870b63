package org.livesurvey.ingest.harvest;

import java.net.URI;

import org.livesurvey.ingest.metadata.MetadataReadException;
import org.livesurvey.ingest.metadata.MetadataReader;

/**
 * What differs between the paged services {@link PagedHarvest} walks: how a state (what a checkpoint holds) becomes
 * a request, how answers are read, and which state follows a page.
 */
interface PagedQuery {

    /** @param state where to go on, or {@code null} for the first page */
    URI pageUrl(String state) throws HarvestException;

    MetadataReader reader();

    /**
     * The state after a page, or {@code null} when that page was the last.
     *
     * @param state the state that asked for the page, {@code null} for the first
     */
    String nextState(String state, FetchedPage page) throws HarvestException;

    /** Whether the service's error answer means that nothing matches the query: a complete, empty harvest. */
    default boolean meansNothingMatches(MetadataReadException serviceError) {
        return false;
    }
}
