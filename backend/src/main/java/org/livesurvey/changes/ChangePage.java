package org.livesurvey.changes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of changes, newest first.
 *
 * @param total  how many changes the query matches in all, on every page
 * @param latest when the newest change the query matches (on any page) was made; {@code null} when none does
 * @param next   where the next page starts; {@code null} on the last page
 */
public record ChangePage(List<PaperChange> changes, long total, OffsetDateTime latest, ChangeCursor next) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
