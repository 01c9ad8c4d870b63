package org.livesurvey.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FoldedPrefixPatternTest {

    @Test
    void matchesNamesThatStartWithTheTypedTextWhateverTheirCaseAndAccents() {
        Pattern zoe = Pattern.compile(FoldedPrefixPattern.of("zoe mu"));

        assertThat(zoe.matcher("Zoë Müller").matches()).isTrue();
        assertThat(zoe.matcher("ZOE MUNOZ").matches()).isTrue();
        assertThat(zoe.matcher("Zoey Mu").matches()).isFalse();
        assertThat(zoe.matcher("Anne Zoe Mu").matches()).isFalse();
        assertThat(Pattern.compile(FoldedPrefixPattern.of("Łukasz")).matcher("Lukasz Kaiser").matches()).isTrue();
        assertThat(Pattern.compile(FoldedPrefixPattern.of("lø")).matcher("Łøvås").matches()).isTrue();
    }

    @Test
    void everyOtherCharacterIsEscapedToStandForItself() {
        assertThat(FoldedPrefixPattern.of("x5.(\"")).isEqualTo("[xX]\\5\\.\\(\\\".*");
        assertThat(Pattern.compile(FoldedPrefixPattern.of("o'b")).matcher("O'Brien").matches()).isTrue();
    }

    @Test
    void theLongestPrefixASuggestionTakesGivesAPatternTheIndexAccepts() throws IOException {
        int longest = 0;
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String prefix = String.valueOf(letter).repeat(SearchLimits.MAX_SUGGEST_PREFIX_LENGTH);
            longest = Math.max(longest, FoldedPrefixPattern.of(prefix).length());
        }

        assertThat(longest).isLessThanOrEqualTo(maxRegexLengthOfTheIndex());
    }

    private static int maxRegexLengthOfTheIndex() throws IOException {
        try (InputStream mapping = FoldedPrefixPatternTest.class.getResourceAsStream("/" + PaperIndex.MAPPING_RESOURCE)) {
            return JsonMapper.builder().build().readTree(mapping).path("settings").path("max_regex_length").asInt();
        }
    }
}
