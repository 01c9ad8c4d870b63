package org.livesurvey.benchmark.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared corpus whose real arXiv records the sample files are made of: {@code --corpus DIR}, or else
 * {@code shared/corpus} beside the repository, looked for from the working directory upwards.
 */
final class CorpusDirectory {

    static final String METADATA = "arxiv-metadata.jsonl";
    static final String DAILY = "arxiv-daily";

    private CorpusDirectory() {
    }

    /**
     * @param given the directory the user named, or {@code null} to look for it
     * @throws IllegalArgumentException when the named directory is no corpus, or none is found
     */
    static Path locate(Path given, Path workingDirectory) {
        if (given != null) {
            if (!isCorpus(given)) {
                throw new IllegalArgumentException("--corpus " + given + " is no corpus directory: it has no "
                        + METADATA);
            }
            return given;
        }
        Path start = workingDirectory.toAbsolutePath().normalize();
        for (Path candidate = start; candidate.getParent() != null; candidate = candidate.getParent()) {
            Path corpus = candidate.resolveSibling("shared").resolve("corpus");
            if (isCorpus(corpus)) {
                return corpus;
            }
        }
        throw new IllegalArgumentException("no shared/corpus with " + METADATA + " beside the repository (looked "
                + "upwards from " + start + "); name the corpus directory with --corpus DIR");
    }

    private static boolean isCorpus(Path directory) {
        return Files.isRegularFile(directory.resolve(METADATA));
    }
}
