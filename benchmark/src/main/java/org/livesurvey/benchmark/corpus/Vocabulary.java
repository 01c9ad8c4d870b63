package org.livesurvey.benchmark.corpus;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * What people type into the search box, learned from the real taxonomy: the words of the real titles with their
 * frequencies (a common word such as "reasoning" is searched often and matches many papers, a rare one few), and the
 * category keywords, which are the phrases the field is known by ("token merging", "direct preference optimization").
 * Only words and phrases of letters, digits, spaces and inner hyphens are kept, so that none reads as query syntax.
 */
public record Vocabulary(EmpiricalDistribution<String> titleWords, EmpiricalDistribution<String> keywordPhrases) {

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");
    private static final Pattern PLAIN_PHRASE = Pattern.compile("[\\p{L}\\p{N}]+(?:[ -][\\p{L}\\p{N}]+)*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "into", "via", "are",
            "how", "what", "when", "why", "can", "does", "not", "than", "through", "without", "using", "towards",
            "toward", "beyond", "all", "one", "our", "that", "this", "their", "your", "you", "its", "more", "less",
            "under", "over", "about", "just", "make", "makes", "between", "across", "while", "also", "both");

    /**
     * @throws IllegalArgumentException when the taxonomy has no title word or no keyword to learn from
     */
    public static Vocabulary of(Taxonomy taxonomy) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (Paper paper : taxonomy.papers()) {
            for (String token : paper.title().split("\\s+")) {
                String word = EDGE_PUNCTUATION.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
                if (isSearchableWord(word)) {
                    words.merge(word, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> phrases = new LinkedHashMap<>();
        for (Category category : taxonomy.categoriesByPath().values()) {
            category.keywords().stream().filter(k -> PLAIN_PHRASE.matcher(k).matches())
                    .forEach(keyword -> phrases.merge(keyword.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
        return new Vocabulary(EmpiricalDistribution.weighted(words), EmpiricalDistribution.weighted(phrases));
    }

    private static boolean isSearchableWord(String word) {
        return word.length() >= 3 && PLAIN_WORD.matcher(word).matches() && !STOP_WORDS.contains(word)
                && !word.chars().allMatch(Character::isDigit);
    }
}
