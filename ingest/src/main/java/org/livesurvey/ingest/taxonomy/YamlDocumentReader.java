package org.livesurvey.ingest.taxonomy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one YAML file into a {@link YamlDocument}, turning every way it can fail into a {@link Problem}. */
public final class YamlDocumentReader {

    /** The document when the file could be read (it may still have problems such as duplicate keys). */
    public record Result(YamlDocument document, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isClean() {
            return document != null && problems.isEmpty();
        }
    }

    public Result read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return failed(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            return failed(file, 0, "cannot be read: " + e.getMessage());
        }
        return read(file, text);
    }

    /** Reads {@code text} as the content of {@code file}, which is used only in problems. */
    public Result read(Path file, String text) {
        Node root;
        String content = stripByteOrderMark(text);
        try {
            root = new Yaml(loaderOptions()).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            return failed(file, lineOf(e, content), syntaxMessage(e));
        } catch (YAMLException e) {
            return failed(file, 1, "YAML error: " + e.getMessage());
        }
        if (root == null) {
            return failed(file, 1, "the file is empty");
        }
        YamlToJsonConverter.Result converted = YamlToJsonConverter.convert(file, root);
        return new Result(converted.document(), converted.problems());
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        return options;
    }

    private static Result failed(Path file, int line, String message) {
        return new Result(null, List.of(new Problem(file, line, message)));
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The line of the problem; when the problem is the end of the file (an unclosed quote or bracket), the line
     * where the unclosed thing began, which is where the fix goes, and never a line after the file's last one.
     */
    private static int lineOf(MarkedYAMLException e, String content) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        boolean atEndOfFile = problem != null && problem.getIndex() >= content.length();
        Mark mark = problem == null || atEndOfFile && context != null ? context : problem;
        int line = mark == null ? 1 : mark.getLine() + 1;
        return (int) Math.max(1, Math.min(line, content.lines().count()));
    }

    /** SnakeYAML's problem, with the context that explains it ("while scanning a quoted scalar ... at line 3"). */
    private static String syntaxMessage(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(e.getProblem());
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext());
            if (e.getContextMark() != null && e.getProblemMark() != null
                    && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
                message.append(" started at line ").append(e.getContextMark().getLine() + 1);
            }
            message.append(')');
        }
        return message.toString();
    }
}
