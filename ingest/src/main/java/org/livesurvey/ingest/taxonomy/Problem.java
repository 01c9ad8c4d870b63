package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong in a taxonomy file, at a 1-based line; line 0 stands for the file as a whole
 * (for example a file that is missing).
 */
public record Problem(Path file, int line, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> slashed(p.file().normalize()))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or more, was " + line);
        }
        // one problem, one output line: CI annotations and grep depend on it
        message = message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code path:line: message}, the path relative to {@code base} when the file lies under it. */
    public String format(Path base) {
        String where = slashed(relativeTo(base));
        return line == 0 ? where + ": " + message : where + ":" + line + ": " + message;
    }

    /** {@code path:line: message}, the path relative to the current directory when the file lies under it. */
    public String format() {
        return format(Path.of(""));
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    private Path relativeTo(Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        return absoluteFile.startsWith(absoluteBase) ? absoluteBase.relativize(absoluteFile) : file.normalize();
    }

    // the same line on every platform, so that CI logs and tests compare as text
    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
