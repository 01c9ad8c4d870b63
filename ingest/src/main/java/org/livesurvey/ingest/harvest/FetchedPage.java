package org.livesurvey.ingest.harvest;

import java.net.URI;

import org.livesurvey.ingest.metadata.MetadataBatch;

/**
 * One page as the service sent it, beside what the reader made of it: for consumers that keep the source bytes.
 *
 * @param url     the request that fetched it
 * @param content the answer's body, not copied: read it, do not change it
 * @param batch   its records, problems and paging
 * @param resume  the checkpoint state once this page is handed over ({@code null} after the last page), for
 *                consumers that store it together with the page's records
 */
public record FetchedPage(URI url, byte[] content, MetadataBatch batch, String resume) {

    FetchedPage resumingAt(String state) {
        return new FetchedPage(url, content, batch, state);
    }
}
