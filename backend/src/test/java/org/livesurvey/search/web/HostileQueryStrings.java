package org.livesurvey.search.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Query strings that a person, a script or a mangled link could send: random text and bytes, NULs, huge values,
 * special values and near-misses of the filter grammar, under known and random parameter names, every byte
 * percent-encoded. Each fuzz test gives the vocabulary of its endpoints; the same seed gives the same strings.
 */
final class HostileQueryStrings {

    private final List<String> parameters;
    private final List<String> specialValues;
    private final List<String> filterPieces;

    /**
     * @param parameters    the endpoint's parameter names (one name in eight is random text instead)
     * @param specialValues values worth trying as they are
     * @param filterPieces  pieces that, joined at random, make near-misses of field:value|value,!field:value
     */
    HostileQueryStrings(List<String> parameters, List<String> specialValues, List<String> filterPieces) {
        this.parameters = List.copyOf(parameters);
        this.specialValues = List.copyOf(specialValues);
        this.filterPieces = List.copyOf(filterPieces);
    }

    /** Zero to four {@code name=value} pairs joined by {@code &}, without the leading {@code ?}. */
    String next(Random random) {
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(5);
        for (int p = 0; p < count; p++) {
            String name = random.nextInt(8) == 0 ? randomText(random, 6)
                    : parameters.get(random.nextInt(parameters.size()));
            query.append(p == 0 ? "" : "&").append(encoded(name)).append('=').append(encoded(value(random)));
        }
        return query.toString();
    }

    private String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomText(random, 30);
            case 1 -> new String(randomBytes(random, 40), StandardCharsets.ISO_8859_1);
            case 2 -> specialValues.get(random.nextInt(specialValues.size()));
            case 3 -> "x".repeat(random.nextInt(3_000));
            default -> filterLike(random);
        };
    }

    private String filterLike(Random random) {
        StringBuilder filter = new StringBuilder();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            filter.append(filterPieces.get(random.nextInt(filterPieces.size())));
        }
        return filter.toString();
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /**
     * Every byte of the text's ISO-8859-1 or UTF-8 form as %XX, so that invalid UTF-8 (raw random bytes) reaches the
     * server as it would from a careless client.
     */
    private static String encoded(String text) {
        boolean rawBytes = text.chars().allMatch(c -> c < 0x100);
        byte[] bytes = text.getBytes(rawBytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            encoded.append('%').append(String.format("%02X", b & 0xff));
        }
        return encoded.toString();
    }
}
