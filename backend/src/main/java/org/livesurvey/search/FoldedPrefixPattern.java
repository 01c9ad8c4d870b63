package org.livesurvey.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * A regular expression, in the syntax the engine's {@code include} filter of a terms aggregation takes, for the values
 * that start with what someone typed, ignoring case and accents: {@code zoe mu} matches {@code Zoë Müller}. It picks
 * the names that complete a prefix out of all the names of the papers found by it, as written, where the
 * {@code folded} normalizer of the index would give them in lower case without their accents.
 */
final class FoldedPrefixPattern {

    /** Letters that fold to one plain letter without decomposing into it (the rest of them are rare in names). */
    private static final Map<Character, Character> SINGLE_LETTER_FOLDS = Map.of(
            'ø', 'o', 'Ø', 'O', 'ł', 'l', 'Ł', 'L', 'đ', 'd', 'Đ', 'D', 'ı', 'i', 'ħ', 'h', 'Ħ', 'H');

    /** Latin letters with diacritics, by the plain letter they fold to; both cases, each once. */
    private static final Map<Character, String> VARIANTS = variants();

    private FoldedPrefixPattern() {
    }

    static String of(String typed) {
        StringBuilder pattern = new StringBuilder();
        typed.codePoints().forEach(c -> {
            String variants = Character.isBmpCodePoint(c) ? VARIANTS.get(plainLetter((char) c)) : null;
            if (variants != null) {
                pattern.append('[').append(variants).append(']');
            } else {
                // every other character stands for itself, escaped since some mean something in the syntax
                pattern.append('\\').appendCodePoint(c);
            }
        });
        return pattern.append(".*").toString();
    }

    /** The lower-case ASCII letter a letter folds to, or the character itself when it is none. */
    private static char plainLetter(char c) {
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        char lower = Character.toLowerCase(SINGLE_LETTER_FOLDS.getOrDefault(base, base));
        return lower >= 'a' && lower <= 'z' ? lower : c;
    }

    private static Map<Character, String> variants() {
        Map<Character, StringBuilder> byLetter = new HashMap<>();
        for (char letter = 'a'; letter <= 'z'; letter++) {
            byLetter.put(letter, new StringBuilder().append(letter).append(Character.toUpperCase(letter)));
        }
        // Latin-1 Supplement and Latin Extended-A and -B: the accented letters of European names
        for (char c = '\u00C0'; c <= '\u024F'; c++) {
            char plain = Character.isLetter(c) ? plainLetter(c) : c;
            if (plain != c) {
                byLetter.get(plain).append(c);
            }
        }
        Map<Character, String> variants = new HashMap<>();
        byLetter.forEach((letter, all) -> variants.put(letter, all.toString()));
        return Map.copyOf(variants);
    }
}
