package org.livesurvey.ingest.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.livesurvey.ingest.model.Reproduction;
import org.livesurvey.ingest.taxonomy.Located;
import org.livesurvey.ingest.taxonomy.NearestMatch;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * A reproduction names an experiment the runner can start: {@code runner/experiments/<experiment>/run.py}, where
 * {@code runner/} lies next to the taxonomy directory, as it does in the repository. A taxonomy directory without a
 * {@code runner/} beside it (one copied on its own, say) is checked without this rule: there is nothing to check
 * against, and reporting every experiment as missing would only hide the problems that are real.
 */
final class ExperimentReferenceCheck implements TaxonomyCheck {

    private static final String RUNNER_DIR = "runner";
    private static final String EXPERIMENTS_DIR = "experiments";
    private static final String ENTRY_POINT = "run.py";
    private static final int MAX_TYPO_EDITS = 2;

    @Override
    public List<Problem> check(TaxonomyReading reading) {
        Optional<Path> experiments = experimentsDir(reading.directory());
        if (experiments.isEmpty()) {
            return List.of();
        }
        List<String> known = experimentNames(experiments.get());
        List<Problem> problems = new ArrayList<>();
        for (Located<Reproduction> reproduction : reading.reproductions()) {
            String experiment = reproduction.value().experiment();
            if (!known.contains(experiment)) {
                String hint = NearestMatch.among(experiment, known, MAX_TYPO_EDITS)
                        .map(name -> ", did you mean '" + name + "'?").orElse("");
                problems.add(reproduction.problemAt("/experiment", "experiment: '" + experiment + "' has no "
                        + RUNNER_DIR + "/" + EXPERIMENTS_DIR + "/" + experiment + "/" + ENTRY_POINT + hint));
            }
        }
        return problems;
    }

    /** {@code runner/experiments} beside the taxonomy directory, when there is a {@code runner/} there. */
    private static Optional<Path> experimentsDir(Path taxonomyDir) {
        Path parent = taxonomyDir.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent.resolve(RUNNER_DIR))) {
            return Optional.empty();
        }
        return Optional.of(parent.resolve(RUNNER_DIR).resolve(EXPERIMENTS_DIR));
    }

    /** The folders of {@code experiments} that hold a {@code run.py}; none when the folder itself is missing. */
    private static List<String> experimentNames(Path experiments) {
        if (!Files.isDirectory(experiments)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(experiments)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(ENTRY_POINT)))
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + experiments, e);
        }
    }
}
