package org.livesurvey.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livesurvey.ingest.validate.ValidationFixtures.copy;
import static org.livesurvey.ingest.validate.ValidationFixtures.formatted;
import static org.livesurvey.ingest.validate.ValidationFixtures.validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of duplicate the content audit found, planted in a valid taxonomy, is reported at its file and line. */
class PlantedDuplicatesTest {

    @TempDir
    Path temp;

    @Test
    void aNearIdenticalTitleIsADuplicate() throws IOException {
        Path taxonomy = plant("2406.18665", "RouteLLM: Learning to Route LLMs with Preference Data", "",
                "routellm-learning-to-route-llms-from-preference-data",
                "RouteLLM: Learning to Route LLMs from Preference Data", "");

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).containsExactly(
                "papers/routellm-learning-to-route-llms-from-preference-data.yaml:2: near-identical title (similarity"
                        + " 0.87) as papers/2406.18665.yaml ('RouteLLM: Learning to Route LLMs with Preference Data'):"
                        + " merge the two files (the merged one keeps the other id in former_ids) or, if they are"
                        + " different works, add distinct_from: [2406.18665]");
    }

    @Test
    void aSlugFileWithTheMethodNameOfAnArxivPaperIsADuplicate() throws IOException {
        Path taxonomy = plant("2410.01679", "VinePPO: Refining Credit Assignment in RL Training of LLMs", "",
                "vineppo-unlocking-rl-potential", "VinePPO: Unlocking RL Potential for LLM Reasoning", "");

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).containsExactly(
                "papers/vineppo-unlocking-rl-potential.yaml:2: no arXiv id, but the same method name 'vineppo' as"
                        + " papers/2410.01679.yaml ('VinePPO: Refining Credit Assignment in RL Training of LLMs'):"
                        + " merge the two files (the merged one keeps the other id in former_ids) or, if they are"
                        + " different works, add distinct_from: [2410.01679]");
    }

    @Test
    void distinctFromSaysTwoAlikeFilesAreDifferentWorks() throws IOException {
        Path taxonomy = plant("2507.02279", "LaCo: Efficient Layer-wise Compression of Visual Tokens", "",
                "laco-layer-collapse", "LaCo: Large Language Model Pruning via Layer Collapse",
                "distinct_from: ['2507.02279']\n");

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).isEmpty();
    }

    @Test
    void aLinkToAnotherPapersArxivPageIsReported() throws IOException {
        Path taxonomy = plant("2510.07486", "DeepPrune: Parallel Scaling without Inter-trace Redundancy", "",
                "asyncspade", "AsyncSpade: Efficient Test-Time Scaling with Asynchronous Sparse Decoding",
                "links:\n  paper: https://arxiv.org/pdf/2510.07486\n");

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).containsExactly(
                "papers/asyncspade.yaml:6: links.paper leads to arXiv 2510.07486, which is papers/2510.07486.yaml"
                        + " ('DeepPrune: Parallel Scaling without Inter-trace Redundancy')");
    }

    @Test
    void anArxivLinkOfAPaperWithoutArxivIdOrWithATruncatedIdIsReported() throws IOException {
        Path taxonomy = plant("2504.00001", "A Paper That Is Here", "",
                "a-survey-on-feedback", "A Survey on Feedback-based Multi-step Reasoning",
                "links:\n  paper: https://arxiv.org/abs/2502.143\n");
        Files.writeString(taxonomy.resolve("papers/mislead.yaml"), paperFile("mislead",
                "Language Models Learn to Mislead Humans via RLHF", "links:\n  paper: https://arxiv.org/abs/2409.12822\n"));

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).containsExactly(
                "papers/a-survey-on-feedback.yaml:6: links.paper is an arXiv link without a valid id:"
                        + " https://arxiv.org/abs/2502.143",
                "papers/mislead.yaml:6: links.paper leads to arXiv 2409.12822 but the paper has no arXiv id: if"
                        + " that is this paper, set identifiers.arxiv (the file becomes 2409.12822.yaml), otherwise"
                        + " correct the link");
    }

    @Test
    void aFormerIdLeadsToOnePaperOnly() throws IOException {
        Path taxonomy = plant("2406.18665", "RouteLLM", "former_ids: [routellm]\n",
                "2501.03262", "REINFORCE++", "former_ids: [routellm, '2406.18665']\n");

        assertThat(formatted(validator().validate(taxonomy), taxonomy)).containsExactly(
                "papers/2501.03262.yaml:5: former id 2406.18665 is the id of papers/2406.18665.yaml: a paper's file and"
                        + " another paper's former id cannot share it",
                "papers/2501.03262.yaml:5: former id routellm is also a former id of papers/2406.18665.yaml");
    }

    private Path plant(String firstId, String firstTitle, String firstExtra, String secondId, String secondTitle,
                       String secondExtra) throws IOException {
        Path taxonomy = copy("valid", temp.resolve("taxonomy"));
        Files.writeString(taxonomy.resolve("papers/" + firstId + ".yaml"), paperFile(firstId, firstTitle, firstExtra));
        Files.writeString(taxonomy.resolve("papers/" + secondId + ".yaml"),
                paperFile(secondId, secondTitle, secondExtra));
        return taxonomy;
    }

    private static String paperFile(String id, String title, String extra) {
        return "id: \"" + id + "\"\ntitle: \"" + title + "\"\nauthors: []\ncategories: [reasoning]\n" + extra;
    }
}
