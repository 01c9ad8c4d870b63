package org.livesurvey.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain list of abstracts: each abstract starts with a line beginning {@code Abstract:}, may continue over
 * several lines, and is usually followed by a blank line. The order of the abstracts is the order of the file, which
 * is what pairs them with their metadata.
 */
public final class AbstractListReader {

    static final String MARKER = "Abstract:";

    public ReadResult<ListedAbstract> read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** @param fileName how messages name the input */
    public ReadResult<ListedAbstract> read(String content, String fileName) {
        List<ListedAbstract> abstracts = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Block block = null;
        boolean strayTextReported = false;
        String[] lines = stripByteOrderMark(content).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.startsWith(MARKER)) {
                finish(block, abstracts, problems, fileName);
                block = new Block(lineNumber);
                block.add(line.substring(MARKER.length()).strip());
            } else if (block != null) {
                block.add(line);
            } else if (!line.isEmpty() && !strayTextReported) {
                // one problem for the whole preamble: a file of another format would otherwise give one per line
                problems.add(new ReadProblem(fileName, lineNumber, "text before the first '" + MARKER + "' line"));
                strayTextReported = true;
            }
        }
        finish(block, abstracts, problems, fileName);
        return new ReadResult<>(abstracts, problems);
    }

    private static void finish(Block block, List<ListedAbstract> abstracts, List<ReadProblem> problems,
                               String fileName) {
        if (block == null) {
            return;
        }
        String text = block.text();
        if (text.isEmpty()) {
            problems.add(new ReadProblem(fileName, block.firstLine, "empty abstract"));
        } else {
            abstracts.add(new ListedAbstract(block.firstLine, text));
        }
    }

    private static String stripByteOrderMark(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    /** The lines of one abstract; a blank line inside it separates paragraphs. */
    private static final class Block {

        private final int firstLine;
        private final List<String> paragraphs = new ArrayList<>();
        private StringBuilder paragraph = new StringBuilder();

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(String line) {
            if (line.isEmpty()) {
                endParagraph();
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }

        String text() {
            endParagraph();
            return String.join("\n\n", paragraphs);
        }

        private void endParagraph() {
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph = new StringBuilder();
            }
        }
    }
}
