package org.livesurvey.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case ASCII letters and digits for citation keys: {@code Hakkani-Tür} becomes {@code hakkanitur}. */
final class AsciiFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private AsciiFolding() {
    }

    /** Words of the text, folded; characters without an ASCII form (CJK, Greek) separate words like punctuation. */
    static String[] words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? new String[0] : NOT_ALPHANUMERIC.split(folded);
    }

    /** The text folded and everything but ASCII letters and digits dropped. */
    static String alphanumeric(String text) {
        return NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll("");
    }

    /** Accents are stripped by decomposition; letters that do not decompose are spelt out. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (char c : stripped.toCharArray()) {
            out.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'ø' -> "o";
                case 'ł' -> "l";
                case 'đ', 'ð' -> "d";
                case 'þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
