package org.livesurvey.export;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An author's name split into the parts citation formats want. Curated names are single strings in display order
 * ({@code Zhenhailong Wang}, {@code Dilek Hakkani-Tür}, {@code Jan van der Berg}): the last word is the family name,
 * together with any lower-case particles before it ({@code van der Berg}); the rest is the given name. Only
 * lower-case particles count, as in BibTeX's own name rule, so that a capitalised given name such as {@code Da} or
 * {@code Le} is never taken for one. A name already written {@code Family, Given} is taken as it stands.
 *
 * @param given  {@code null} for a one-word name such as an organisation
 * @param suffix {@code Jr.}, {@code III} and the like, or {@code null}
 */
record PersonName(String given, String family, String suffix) {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "dei",
            "des", "di", "da", "das", "do", "dos", "du", "la", "le", "ter", "ten", "zu", "al", "el", "bin", "ibn");

    private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr)\\.?|ii|iii|iv");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static PersonName parse(String name) {
        String tidy = WHITESPACE.matcher(name.strip()).replaceAll(" ");
        if (tidy.contains(",")) {
            return fromFamilyFirst(tidy);
        }
        List<String> words = Arrays.asList(tidy.split(" "));
        String suffix = null;
        if (words.size() > 2 && SUFFIX.matcher(words.get(words.size() - 1)).matches()) {
            suffix = words.get(words.size() - 1);
            words = words.subList(0, words.size() - 1);
        }
        if (words.size() == 1) {
            return new PersonName(null, words.get(0), suffix);
        }
        int familyStart = words.size() - 1;
        while (familyStart > 1 && PARTICLES.contains(words.get(familyStart - 1))) {
            familyStart--;
        }
        return new PersonName(String.join(" ", words.subList(0, familyStart)),
                String.join(" ", words.subList(familyStart, words.size())), suffix);
    }

    /** {@code Family, Given} or BibTeX's {@code Family, Suffix, Given}. */
    private static PersonName fromFamilyFirst(String name) {
        String[] parts = name.split(",", 3);
        String family = parts[0].strip();
        if (parts.length == 3) {
            return new PersonName(blankToNull(parts[2]), family, blankToNull(parts[1]));
        }
        return new PersonName(blankToNull(parts[1]), family, null);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    /** The family name without its particles, the word a citation key is made of: {@code Berg}. */
    String familyCore() {
        String[] words = family.split(" ");
        return words[words.length - 1];
    }
}
