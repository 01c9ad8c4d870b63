package org.livesurvey.ingest.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;

/** A small taxonomy directory for tests: a category tree of 14 nodes and papers written by {@link PaperFileWriter}. */
final class TestTaxonomy {

    static final int CATEGORY_COUNT = 14;

    private static final String CATEGORIES = """
            categories:
              - id: fine-tuning
                name: Fine-tuning
                description: Continued training on curated data.
                keywords: [fine-tuning]
                children:
                  - id: supervised-fine-tuning
                    name: Supervised fine-tuning
                    description: Training on demonstrations with a next-token loss.
              - id: alignment
                name: Alignment
                description: Making behaviour match human preferences.
                children:
                  - id: rlhf
                    name: RL from human feedback
                    description: Optimising against a reward model learnt from comparisons.
                    keywords: [RLHF, reward model]
              - id: reasoning
                name: Reasoning
                description: Improving multi-step reasoning after pre-training.
                children:
                  - id: chain-of-thought
                    name: Chain of thought
                    description: Eliciting intermediate reasoning steps.
              - id: efficiency
                name: Efficiency
                description: Making post-trained models cheaper to run.
                children:
                  - id: token-compression
                    name: Token compression
                    description: Dropping or merging tokens to shorten sequences.
                    keywords: [token merging, token pruning]
                  - id: reasoning-economy
                    name: Reasoning economy
                    description: Reasoning with fewer tokens for the same accuracy.
                    children:
                      - id: long2short-rl
                        name: Long-to-short RL
                        description: Reinforcement learning that rewards shorter reasoning.
                      - id: adaptive-budget
                        name: Adaptive budget
                        description: Spending reasoning tokens according to difficulty.
                  - id: quantization
                    name: Quantization
                    description: Storing weights and activations in fewer bits.
              - id: integration
                name: Integration and adaptation
                description: Combining and adapting models for new settings.
                children:
                  - id: model-merging
                    name: Model merging
                    description: Combining the weights of several fine-tuned models.
            """;

    private static final List<String> CATEGORY_PATHS = List.of("efficiency/token-compression",
            "efficiency/reasoning-economy/long2short-rl", "alignment/rlhf", "reasoning/chain-of-thought",
            "fine-tuning/supervised-fine-tuning", "integration/model-merging");

    private final Path dir;
    private final PaperFileWriter writer = new PaperFileWriter();

    private TestTaxonomy(Path dir) {
        this.dir = dir;
    }

    /** Writes the category tree and an empty {@code papers/} folder into {@code dir}. */
    static TestTaxonomy in(Path dir) {
        try {
            Files.createDirectories(dir.resolve("papers"));
            Files.writeString(dir.resolve("categories.yaml"), CATEGORIES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestTaxonomy(dir);
    }

    Path dir() {
        return dir;
    }

    Path fileOf(String paperId) {
        return PaperFileWriter.fileOf(dir, paperId);
    }

    TestTaxonomy write(Paper... papers) {
        for (Paper paper : papers) {
            writer.write(dir, paper);
        }
        return this;
    }

    /** Papers {@code from} to {@code to} (inclusive) of {@link #paper(int)}. */
    TestTaxonomy writeRange(int from, int to) {
        for (int n = from; n <= to; n++) {
            write(paper(n));
        }
        return this;
    }

    void delete(String paperId) {
        try {
            Files.delete(fileOf(paperId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arXiv-style id of paper {@code n}. */
    static String idOf(int n) {
        return String.format("2501.%05d", n);
    }

    /**
     * A complete, valid paper: every field set, two authors (one shared by all papers, one of its own), a claim on
     * every third paper.
     */
    static Paper paper(int n) {
        String id = idOf(n);
        List<Claim> claims = n % 3 == 0
                ? List.of(new Claim("speed-up", "Decoding runs " + n + "% faster.", "speedup", (double) n, null, null,
                        "percent", "Llama-2-7B, batch size 1", "Table " + (n % 5 + 1)),
                        new Claim("accuracy-kept", null, "accuracy_retained", null, 95.0, 99.5, "percent", null,
                                null))
                : List.of();
        return new Paper(id, "Paper number " + n + " on efficient post-training",
                List.of("Ada Lovelace", "Author Number " + n),
                new PartialDate(2025, 1 + n % 12, 1 + n % 28), null, n % 2 == 0 ? "NeurIPS 2025" : null,
                new Identifiers(id, "10.48550/arXiv." + id),
                new Links("https://arxiv.org/abs/" + id, "https://arxiv.org/pdf/" + id,
                        n % 4 == 0 ? "https://github.com/example/paper-" + n : null, null),
                "We study problem " + n + " and find that it can be solved with fewer tokens.",
                List.of(CATEGORY_PATHS.get(n % CATEGORY_PATHS.size()), "efficiency/quantization"),
                List.of("tag-" + n % 7, "test-paper"), ContributionType.METHOD, List.of("text"), "rl", claims,
                List.of(new Source("example/Awesome-Test-Papers", "Section " + n % 3)));
    }

    static List<String> idsOf(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(TestTaxonomy::idOf).toList();
    }
}
