package org.livesurvey.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * What every reader promises whatever bytes it is given: it answers with a batch or refuses the input with a
 * {@link MetadataReadException}, in bounded time; its {@code recognises} never throws. Anything else (a
 * NullPointerException, an index out of bounds, a stack overflow, running out of memory, a loop without end) is a
 * finding: the input is saved under {@code target/fuzz-findings/} and shown in the failure.
 */
final class ReadContract {

    /** Far above any honest read of a fuzzer's input (a few kilobytes) even on a busy machine. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final int SHOWN_CHARACTERS = 600;

    private ReadContract() {
    }

    /** Checks the contract for one reader. */
    static void check(MetadataReader reader, byte[] input, String name) {
        check(reader.getClass().getSimpleName(), input, bytes -> {
            reader.recognises(Arrays.copyOf(bytes, Math.min(bytes.length, ReadLimits.SNIFF_BYTES)), name);
            return reader.read(bytes, name);
        });
    }

    /** Checks the contract for a read of any kind, such as content sniffing over every reader. */
    static void check(String target, byte[] input, Function<byte[], MetadataBatch> read) {
        Throwable failure;
        try {
            MetadataBatch batch = assertTimeoutPreemptively(TIME_LIMIT, () -> read.apply(input));
            if (batch != null) {
                return;
            }
            failure = new NullPointerException("the read answered null");
        } catch (MetadataReadException refused) {
            return;
        } catch (Throwable other) {
            failure = other;
        }
        throw new AssertionError(target + " broke its contract (" + failure + ") on input saved as " + save(target, input)
                + "; it begins: " + shown(input), failure);
    }

    private static Path save(String target, byte[] input) {
        try {
            Path findings = testClasses().resolveSibling("fuzz-findings");
            Files.createDirectories(findings);
            Path file = findings.resolve(target + "-" + sha256(input).substring(0, 16) + ".bin");
            Files.write(file, input);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ingest/target/test-classes}, wherever the test runs from. */
    private static Path testClasses() {
        try {
            return Path.of(ReadContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The input's start as Java string literal text, control characters and invalid bytes escaped. */
    private static String shown(byte[] input) {
        String text = new String(input, 0, Math.min(input.length, SHOWN_CHARACTERS * 4), StandardCharsets.UTF_8);
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().limit(SHOWN_CHARACTERS).forEach(c -> {
            if (c == '"' || c == '\\') {
                shown.append('\\').appendCodePoint(c);
            } else if (c < ' ' || c == 0xFFFD || c == 0x7F) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append(input.length > SHOWN_CHARACTERS ? "\"… (" + input.length + " bytes)" : "\"").toString();
    }
}
