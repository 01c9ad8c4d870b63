package org.livesurvey.changes.web;

import java.util.Objects;

import org.livesurvey.changes.ChangeKind;
import org.livesurvey.changes.FieldChange;
import org.livesurvey.changes.PaperChange;

/** A change in words, for feed readers: what happened to the paper, and its old and new values. */
final class ChangeText {

    private ChangeText() {
    }

    /** {@code Added}, {@code Changed}, {@code Removed} or {@code Renamed}. */
    static String verb(ChangeKind kind) {
        String key = kind.key();
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** One line of what happened, then a line per short field with its old and new value. */
    static String summary(PaperChange change) {
        StringBuilder text = new StringBuilder(switch (change.kind()) {
            case ADDED -> "Added to the survey.";
            case REMOVED -> "Removed from the survey.";
            case RENAMED -> "Renamed from " + change.formerId() + ".";
            case CHANGED -> "Changed: " + String.join(", ", change.changedFields()) + ".";
        });
        for (FieldChange field : change.changes()) {
            text.append('\n').append(field.field()).append(": ")
                    .append(Objects.requireNonNullElse(field.oldText(), "(none)")).append(" → ")
                    .append(Objects.requireNonNullElse(field.newText(), "(none)"));
        }
        return text.toString();
    }
}
