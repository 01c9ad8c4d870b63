package org.livesurvey.ingest.source;

/**
 * A part of an input file that could not be read; the rest of the file is still read.
 *
 * @param file the file as named to the user
 * @param line 1-based line number
 */
public record ReadProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
