package org.livesurvey.benchmark.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.livesurvey.ingest.metadata.MetadataReader;

/** Writes the sample papers as one file of a metadata format, in the shape its real sources give it. */
interface SampleWriter {

    /** The format's short name for {@code --formats}, e.g. {@code bibtex}. */
    String key();

    /** The file's name, which is also the name the reader is given. */
    String fileName();

    /**
     * The most records one file of the format holds; more are written as pages of this size, each a file of its own,
     * as the service sends them.
     */
    default int recordsPerFile() {
        return Integer.MAX_VALUE;
    }

    /** The reader that content sniffing must choose for the file. */
    MetadataReader reader();

    Syntax syntax();

    /** Writes one file: all the papers, or one page of them. */
    void write(List<SamplePaper> papers, Writer out) throws IOException;
}
