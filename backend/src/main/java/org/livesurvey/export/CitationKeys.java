package org.livesurvey.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Citation keys that stay the same from one export to the next: the first author's family name, the year and the
 * first significant word of the title, all lower-case ASCII ({@code wang2025dymu}); without authors, the title word
 * and the year ({@code dymu2025}). Within one export a key already given gets a suffix a, b, …, z, aa, … so the
 * first paper keeps the key its own export gives it.
 */
final class CitationKeys {

    /** Words that say nothing about a paper, so they never make its key. */
    private static final Set<String> INSIGNIFICANT = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "for",
            "from", "by", "with", "without", "and", "or", "but", "not", "no", "is", "are", "be", "as", "via", "into",
            "onto", "toward", "towards", "do", "does", "can", "how", "what", "when", "why", "which", "who", "your",
            "you", "our", "we", "it", "its", "this", "that", "these", "those", "all", "beyond", "through", "over",
            "under", "about", "between", "than");

    private final Set<String> given = new HashSet<>();

    private CitationKeys() {
    }

    /** One key per paper, in the papers' order. */
    static List<String> assign(List<CitedPaper> papers) {
        CitationKeys keys = new CitationKeys();
        List<String> assigned = new ArrayList<>(papers.size());
        papers.forEach(paper -> assigned.add(keys.unique(base(paper))));
        return assigned;
    }

    static String base(CitedPaper paper) {
        String year = paper.date() == null ? "" : String.valueOf(paper.date().year());
        String word = significantWord(paper.details().title());
        String author = paper.authors().isEmpty() ? "" : AsciiFolding.alphanumeric(paper.authors().get(0).familyCore());
        if (author.isEmpty()) {
            return word + year;
        }
        return author + year + word;
    }

    private static String significantWord(String title) {
        for (String word : AsciiFolding.words(title == null ? "" : title)) {
            if (word.length() > 1 && !INSIGNIFICANT.contains(word) && word.chars().anyMatch(Character::isLetter)) {
                return word;
            }
        }
        return "paper";
    }

    private String unique(String base) {
        String key = base;
        for (int n = 1; !given.add(key); n++) {
            key = base + letters(n);
        }
        return key;
    }

    /** 1 → a, 26 → z, 27 → aa: bijective base 26. */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / 26) {
            out.insert(0, (char) ('a' + (rest - 1) % 26));
        }
        return out.toString();
    }
}
