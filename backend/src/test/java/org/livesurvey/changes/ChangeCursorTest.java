package org.livesurvey.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeCursorTest {

    @Test
    void readsBackWhatItWroteToTheMicrosecond() {
        ChangeCursor cursor = new ChangeCursor(OffsetDateTime.parse("2025-06-02T11:30:00.123456+02:00"), 4_711);

        String text = cursor.encode();

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(ChangeCursor.decode(text)).hasValue(
                new ChangeCursor(OffsetDateTime.parse("2025-06-02T09:30:00.123456Z"), 4_711));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "not base64!", "MjAyNS0wNi0wMlQwOTozMDowMFo", "eC8x",
            "MjAyNS0wNi0wMlQwOTozMDowMFovYWJj"})
    void refusesWhatItDidNotWrite(String cursor) {
        // the last three: "2025-06-02T09:30:00Z" (no id), "x/1", "2025-06-02T09:30:00Z/abc"
        assertThat(ChangeCursor.decode(cursor)).isEmpty();
    }

    @Test
    void refusesALongText() {
        String longText = Base64.getUrlEncoder().encodeToString(("2025-06-02T09:30:00Z/" + "1".repeat(300))
                .getBytes(StandardCharsets.UTF_8));

        assertThat(ChangeCursor.decode(longText)).isEmpty();
    }
}
