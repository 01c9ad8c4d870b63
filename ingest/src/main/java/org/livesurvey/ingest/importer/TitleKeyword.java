package org.livesurvey.ingest.importer;

import java.util.List;
import java.util.Optional;

/**
 * A keyword of the category tree that is specific enough to place a paper by its title alone: a phrase of two or
 * more words, or an acronym with at least two capitals (DPO, LoRA, MCTS). Single ordinary words such as "agent" or
 * "teacher" name too many unrelated papers and never qualify; neither do two-letter acronyms such as "RL".
 * A trailing plural "s" or "es" on the title's last matched word is accepted ("Process Reward Models", "PRMs").
 */
final class TitleKeyword {

    private static final int MIN_ACRONYM_LENGTH = 3;
    private static final int MIN_ACRONYM_CAPITALS = 2;

    private final List<String> words;
    private final boolean acronym;

    private TitleKeyword(List<String> words, boolean acronym) {
        this.words = words;
        this.acronym = acronym;
    }

    /** The keyword, or nothing when it is too generic to count on its own. */
    static Optional<TitleKeyword> of(String keyword) {
        TitleWords parts = TitleWords.of(keyword);
        if (parts.folded().size() >= 2) {
            return Optional.of(new TitleKeyword(parts.folded(), false));
        }
        if (parts.exact().size() == 1 && isAcronym(parts.exact().get(0))) {
            return Optional.of(new TitleKeyword(parts.exact(), true));
        }
        return Optional.empty();
    }

    private static boolean isAcronym(String word) {
        return word.length() >= MIN_ACRONYM_LENGTH
                && word.chars().filter(Character::isUpperCase).count() >= MIN_ACRONYM_CAPITALS;
    }

    /**
     * Where the keyword first occurs as whole words: acronyms in their exact case (so "DPO" is not "dpo"), phrases in
     * any case.
     *
     * @return the index of its first word in the title, or -1 when it does not occur
     */
    int firstIndexIn(TitleWords title) {
        List<String> titleWords = acronym ? title.exact() : title.folded();
        for (int start = 0; start + words.size() <= titleWords.size(); start++) {
            if (occursAt(titleWords, start)) {
                return start;
            }
        }
        return -1;
    }

    private boolean occursAt(List<String> titleWords, int start) {
        int last = words.size() - 1;
        for (int i = 0; i < last; i++) {
            if (!titleWords.get(start + i).equals(words.get(i))) {
                return false;
            }
        }
        String word = titleWords.get(start + last);
        String expected = words.get(last);
        return word.equals(expected) || word.equals(expected + "s") || word.equals(expected + "es");
    }
}
