package org.livesurvey.ingest.harvest;

import java.net.URI;

import org.livesurvey.ingest.metadata.MetadataBatch;

/**
 * One page as the service sent it, beside what the reader made of it: for consumers that keep the source bytes.
 *
 * @param url     the request that fetched it
 * @param content the answer's body, not copied: read it, do not change it
 * @param batch   its records, problems and paging
 */
public record FetchedPage(URI url, byte[] content, MetadataBatch batch) {
}
