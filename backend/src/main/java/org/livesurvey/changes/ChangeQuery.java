package org.livesurvey.changes;

import java.time.Instant;
import java.util.Objects;

/**
 * Which changes to list, newest first.
 *
 * @param since    the earliest time of change, inclusive
 * @param until    the time of change they come before (exclusive); {@code null} for up to now
 * @param category only changes of papers filed (before or after the change) under this node or below it;
 *                 {@code null} for all
 * @param limit    how many at most, from 1 to {@link #MAX_LIMIT}
 * @param after    where the previous page ended; {@code null} for the first page
 */
public record ChangeQuery(Instant since, Instant until, String category, int limit, ChangeCursor after) {

    public static final int MAX_LIMIT = 200;

    public ChangeQuery {
        Objects.requireNonNull(since, "since");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    public static ChangeQuery since(Instant since, int limit) {
        return new ChangeQuery(since, null, null, limit, null);
    }
}
