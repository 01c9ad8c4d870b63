package org.livesurvey.reproduction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CappedLogTest {

    @Test
    void keepsAShortOutputWhole() {
        CappedLog log = logOf(1024, "line one\nline two\n");

        assertThat(log.text()).isEqualTo("line one\nline two\n");
        assertThat(log.lastLine()).isEqualTo("line two");
    }

    @Test
    void keepsTheFirstAndTheLastHalfOfTheCapAndSaysHowMuchIsLeftOut() {
        CappedLog log = new CappedLog(10);
        byte[] digits = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        // in pieces, as a pipe delivers it
        log.append(digits, 3);
        log.append("3456789abcdefghij".getBytes(StandardCharsets.US_ASCII), 17);

        assertThat(log.text()).isEqualTo("01234\n[… 10 bytes left out …]\nfghij");
    }

    @Test
    void dropsNulCharactersThatPostgresqlCannotStore() {
        assertThat(logOf(1024, "a\u0000b").text()).isEqualTo("ab");
    }

    @Test
    void theLastLineIsTheLastWithTextAndShortened() {
        assertThat(logOf(1024, "Traceback\nValueError: boom\n\n  \n").lastLine()).isEqualTo("ValueError: boom");
        assertThat(logOf(1024, "").lastLine()).isEmpty();
        assertThat(logOf(4096, "x".repeat(1000)).lastLine()).hasSize(301).startsWith("…");
    }

    private static CappedLog logOf(int cap, String output) {
        CappedLog log = new CappedLog(cap);
        log.readFrom(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
        return log;
    }
}
