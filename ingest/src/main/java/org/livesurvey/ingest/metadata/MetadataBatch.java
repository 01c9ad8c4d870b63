package org.livesurvey.ingest.metadata;

import java.util.List;

import org.livesurvey.ingest.source.ReadProblem;

/**
 * What a reader got out of one input: its records, a problem for each part it could not read, and what the source
 * says about the rest of a paged answer.
 */
public record MetadataBatch(String format, List<MetadataRecord> records, List<ReadProblem> problems, Paging paging) {

    public MetadataBatch {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        paging = paging == null ? Paging.COMPLETE : paging;
    }

    public MetadataBatch(String format, List<MetadataRecord> records, List<ReadProblem> problems) {
        this(format, records, problems, Paging.COMPLETE);
    }

    /**
     * @param total the number of results the source says match (opensearch:totalResults, completeListSize,
     *              meta.count, total), or {@code null} when it does not say
     * @param next  the token, cursor or offset that asks for the next page, or {@code null} on the last page
     */
    public record Paging(Long total, String next) {

        public static final Paging COMPLETE = new Paging(null, null);
    }
}
