package org.livesurvey.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.ingest.model.ContributionType;

class SectionRulesTest {

    private final SectionRules rules = SectionRules.bundled();

    @Test
    void everyRuleTargetsANodeOfTheRealCategoryTree(@TempDir Path scratch) throws IOException {
        Set<String> paths = TaxonomyFixtures.realCategoryPaths(scratch);

        assertThat(rules.all()).isNotEmpty();
        assertThat(rules.all()).allSatisfy(rule -> {
            if (rule.category() != null) {
                assertThat(paths).as("target of %s / %s", rule.list(), rule.section()).contains(rule.category());
            }
        });
    }

    @Test
    void mapsTheReasoningEconomySurveySectionsOntoItsSubtree() {
        String list = "DevoAllen/Awesome-Reasoning-Economy-Papers";

        assertThat(categoryOf(list, "Optimization for Reasoning Economy part-1: Post-training > Algorithm"
                + " > CoT Compression > Implicit Compression"))
                .isEqualTo("efficiency/reasoning-economy/post-training/cot-compression/implicit");
        assertThat(categoryOf(list, "Optimization for Reasoning Economy part-1: Post-training > Architecture"
                + " > System-1 and System-2 Cooperation > Single Model Routing"))
                .isEqualTo("efficiency/reasoning-economy/post-training/system-cooperation/single-model-routing");
        assertThat(categoryOf(list, "Optimization for Reasoning Economy part-2: Test-time Methods > Output-side"
                + " Optimization > Adaptive Budget Allocation During Decoding > Early Stopping"))
                .isEqualTo("efficiency/reasoning-economy/test-time/decoding-budget-allocation/early-stopping");
        assertThat(categoryOf(list, "Challenges towards Reasoning Economy > Inefficient Model Behaviors from"
                + " Post-training > Length-bias > Findings of Overly Cautious reasoning LLMs"))
                .isEqualTo("efficiency/reasoning-economy/challenges/length-bias");
    }

    @Test
    void matchesWholeSectionPathsIgnoringCase() {
        String list = "hemingkx/Awesome-Efficient-Reasoning";

        assertThat(categoryOf(list, "papers > latent chain-of-thought"))
                .isEqualTo("efficiency/reasoning-economy/post-training/cot-compression/implicit");
        assertThat(rules.find(list, "Papers > Latent Chain-of-Thought > More")).isEmpty();
        assertThat(rules.find(list, "Papers > Other Work")).isEmpty();
        assertThat(rules.find("someone/unknown-list", "Papers > Survey")).isEmpty();
    }

    @Test
    void saysContributionAndModalityOnlyWhereTheSectionNameDoes() {
        SectionRule survey = rules.find("mbzuai-oryx/Awesome-LLM-Post-training", "Papers > Survey").orElseThrow();
        assertThat(survey.contribution()).isEqualTo(ContributionType.SURVEY);
        assertThat(survey.category()).isNull();

        SectionRule video = rules.find("joslefaure/Awesome-Multimodal-Token-Compression", "Video-LLM > 2024 Video")
                .orElseThrow();
        assertThat(video.category()).isEqualTo("efficiency/token-compression");
        assertThat(video.modality()).containsExactly("video");
        assertThat(video.contribution()).isNull();

        assertThat(rules.find("mbzuai-oryx/Awesome-LLM-Post-training", "Papers > Applications & Benchmarks"))
                .isEmpty();
        assertThat(rules.find("DevoAllen/Awesome-Reasoning-Economy-Papers",
                "Discussion > Explaniabilty of Reasoning LLMs").map(SectionRule::contribution))
                .contains(ContributionType.ANALYSIS);
    }

    @Test
    void rejectsARuleFileWithMistakesNamingTheRule() {
        assertThatThrownBy(() -> parse("lists:\n  a/b:\n    - section: 'x'\n      categroy: reasoning\n"))
                .hasMessage("test.yaml: a/b rule 1: unknown key 'categroy'");
        assertThatThrownBy(() -> parse("lists:\n  a/b:\n    - section: 'x'\n    - section: '(unclosed'\n"))
                .hasMessageStartingWith("test.yaml: a/b rule 2: 'section' is not a valid regular expression");
        assertThatThrownBy(() -> parse("lists:\n  a/b:\n    - section: 'x'\n      contribution: essay\n"))
                .hasMessage("test.yaml: a/b rule 1: unknown contribution 'essay'");
        assertThatThrownBy(() -> parse("lists:\n  a/b:\n    - section: 'x'\n      tags: [Not Kebab]\n"))
                .hasMessage("test.yaml: a/b rule 1: tag 'Not Kebab' is not kebab-case");
        assertThatThrownBy(() -> parse("lists:\n  a/b:\n    - category: reasoning\n"))
                .hasMessage("test.yaml: a/b rule 1: 'section' is required");
    }

    private String categoryOf(String list, String section) {
        return rules.find(list, section).orElseThrow(() -> new AssertionError("no rule for " + section)).category();
    }

    private static SectionRules parse(String yaml) {
        return SectionRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
