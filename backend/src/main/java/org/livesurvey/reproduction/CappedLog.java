package org.livesurvey.reproduction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A child process's output, kept within a cap however much it prints: the first half of the cap (how it started)
 * and the last half (how it ended), with a note of how much was left out between them. Filled by one reader thread,
 * read once the process has finished.
 */
final class CappedLog {

    private static final int MAX_REASON_LINE = 300;

    private final byte[] head;
    private final byte[] tail;
    private int headLength;
    /** Bytes written to the tail ring so far; the ring holds the last {@code tail.length} of them. */
    private long tailWritten;

    CappedLog(int capBytes) {
        if (capBytes < 2) {
            throw new IllegalArgumentException("a log cap of " + capBytes + " bytes keeps nothing");
        }
        this.head = new byte[capBytes / 2];
        this.tail = new byte[capBytes - capBytes / 2];
    }

    /** Reads until the stream ends or fails (it fails when the process is killed and the pipe closed). */
    void readFrom(InputStream output) {
        byte[] buffer = new byte[8192];
        try (output) {
            int read;
            while ((read = output.read(buffer)) != -1) {
                append(buffer, read);
            }
        } catch (IOException pipeClosed) {
            // the process is gone; what was read so far is the log
        }
    }

    synchronized void append(byte[] bytes, int length) {
        int offset = 0;
        if (headLength < head.length) {
            int toHead = Math.min(length, head.length - headLength);
            System.arraycopy(bytes, 0, head, headLength, toHead);
            headLength += toHead;
            offset = toHead;
        }
        for (int i = offset; i < length; i++) {
            tail[(int) (tailWritten % tail.length)] = bytes[i];
            tailWritten++;
        }
    }

    /** The kept output as text. NUL characters are dropped: PostgreSQL cannot store them in text. */
    synchronized String text() {
        String start = new String(head, 0, headLength, StandardCharsets.UTF_8);
        long omitted = Math.max(0, tailWritten - tail.length);
        String end = new String(tailBytes(), StandardCharsets.UTF_8);
        String joined = omitted == 0 ? start + end : start + "\n[… " + omitted + " bytes left out …]\n" + end;
        return joined.replace("\u0000", "");
    }

    /** The last line with text on it, shortened, to say in a failure reason what the process said last. */
    String lastLine() {
        String[] lines = text().split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                return line.length() <= MAX_REASON_LINE
                        ? line
                        : "…" + line.substring(line.length() - MAX_REASON_LINE);
            }
        }
        return "";
    }

    private byte[] tailBytes() {
        if (tailWritten <= tail.length) {
            return Arrays.copyOf(tail, (int) tailWritten);
        }
        int start = (int) (tailWritten % tail.length);
        byte[] ordered = new byte[tail.length];
        System.arraycopy(tail, start, ordered, 0, tail.length - start);
        System.arraycopy(tail, 0, ordered, tail.length - start, start);
        return ordered;
    }
}
