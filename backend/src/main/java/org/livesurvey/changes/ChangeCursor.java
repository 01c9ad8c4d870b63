package org.livesurvey.changes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of changes ended: the time and number of its last change. The next page holds the changes before it
 * in the newest-first order, however many changes were recorded since. Passed to clients as opaque base64url text.
 */
public record ChangeCursor(OffsetDateTime changedAt, long id) {

    private static final int MAX_LENGTH = 200;

    public ChangeCursor {
        changedAt = changedAt.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public static ChangeCursor after(PaperChange change) {
        return new ChangeCursor(change.changedAt(), change.id());
    }

    public String encode() {
        String text = changedAt.toInstant() + "/" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor {@link #encode()} wrote, e.g. cut short or altered. */
    public static Optional<ChangeCursor> decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int slash = text.lastIndexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            Instant changedAt = Instant.parse(text.substring(0, slash));
            long id = Long.parseLong(text.substring(slash + 1));
            return Optional.of(new ChangeCursor(changedAt.atOffset(ZoneOffset.UTC), id));
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // NumberFormatException is an IllegalArgumentException, as is bad base64
            return Optional.empty();
        }
    }
}
