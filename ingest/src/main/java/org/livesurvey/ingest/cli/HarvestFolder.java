package org.livesurvey.ingest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.livesurvey.ingest.harvest.DurableFiles;
import org.livesurvey.ingest.harvest.FetchedPage;
import org.livesurvey.ingest.harvest.FileCheckpoint;
import org.livesurvey.ingest.harvest.HarvestCheckpoint;

/**
 * The output folder of {@code harvest}: each page a file {@code <source>-page-0001.xml}, numbered on from the pages
 * already there so that a rerun adds to them, and the checkpoint as a dot file, which {@code add DIR} passes over.
 */
final class HarvestFolder {

    private final Path dir;
    private final String source;
    private final Pattern pageName;
    private int lastPage;

    HarvestFolder(Path dir, String source) {
        this.dir = dir;
        this.source = source;
        this.pageName = Pattern.compile(Pattern.quote(source) + "-page-(\\d{1,9})\\.xml");
        this.lastPage = lastPageNumber();
    }

    Path dir() {
        return dir;
    }

    /**
     * The checkpoint of one query: its file is named after the query, so that a rerun with other arguments starts
     * afresh instead of going on with another harvest's resumption token.
     */
    HarvestCheckpoint checkpoint(Record query) {
        int key = query.toString().hashCode();
        return new FileCheckpoint(dir.resolve(".harvest-" + source + "-" + HexFormat.of().toHexDigits(key)
                + ".checkpoint"));
    }

    /** Writes the page whole and durably, before the harvest moves its checkpoint past it. */
    void write(FetchedPage page) throws IOException {
        DurableFiles.replace(dir.resolve(String.format("%s-page-%04d.xml", source, lastPage + 1)), page.content());
        lastPage++;
    }

    private int lastPageNumber() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> pageName.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
