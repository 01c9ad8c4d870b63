package org.livesurvey.benchmark.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.livesurvey.ingest.metadata.ReadLimits;

/**
 * One file the benchmark wrote, with its content, which every read then uses.
 *
 * @param records how many records it holds
 */
record SampleFile(String name, byte[] content, int records) {

    /**
     * Writes the papers as the format's file, or as its pages, into the directory.
     *
     * @throws IllegalStateException when a file is over the readers' input limit
     */
    static List<SampleFile> write(SampleWriter writer, List<SamplePaper> papers, Path directory) throws IOException {
        int perFile = writer.recordsPerFile();
        List<SampleFile> files = new ArrayList<>();
        for (int from = 0, page = 1; from < papers.size(); from += perFile, page++) {
            List<SamplePaper> part = papers.subList(from, Math.min(papers.size(), from + perFile));
            String name = perFile >= papers.size() ? writer.fileName() : pageName(writer.fileName(), page);
            Path file = directory.resolve(name);
            try (Writer text = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
                writer.write(part, text);
            }
            byte[] content = Files.readAllBytes(file);
            if (content.length > ReadLimits.MAX_INPUT_BYTES) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s has %,d bytes, over the readers' input "
                        + "limit of %,d; ask for fewer --records", file, content.length, ReadLimits.MAX_INPUT_BYTES));
            }
            files.add(new SampleFile(name, content, part.size()));
        }
        return files;
    }

    /** {@code works.json} page 7 as {@code works-p0007.json}. */
    private static String pageName(String fileName, int page) {
        int dot = fileName.lastIndexOf('.');
        return String.format(Locale.ROOT, "%s-p%04d%s", fileName.substring(0, dot), page, fileName.substring(dot));
    }
}
