package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.model.Paper;

/**
 * Reads a file that lists papers under {@code papers:}, each entry in the paper file format — the curated
 * metadata that comes with an abstract list. Entries get the same schema and checks as paper files, reported at
 * their lines in the list.
 */
public final class PaperListReader {

    /** The papers of a file without problems, or the problems of one that has any. */
    public record Result(List<Paper> papers, List<Problem> problems) {

        public Result {
            papers = List.copyOf(papers);
            problems = problems.stream().sorted().toList();
        }
    }

    private final YamlDocumentReader yaml = new YamlDocumentReader();
    private final SchemaChecker schemas = SchemaChecker.fromClasspath();
    private final PaperMapper mapper = new PaperMapper();

    public Result read(Path file) {
        YamlDocumentReader.Result parsed = yaml.read(file);
        if (parsed.document() == null) {
            return new Result(List.of(), parsed.problems());
        }
        YamlDocument document = parsed.document();
        if (!document.root().path("papers").isArray()) {
            return new Result(List.of(), List.of(new Problem(file, 1,
                    "expected a mapping with 'papers', a list of entries in the paper file format")));
        }
        List<Paper> papers = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        for (int i = 0; i < document.root().path("papers").size(); i++) {
            String pointer = JsonPointers.of(List.of("papers", i));
            YamlDocument entry = document.subDocument(pointer);
            List<Problem> entryProblems = new ArrayList<>(schemas.check(SchemaKind.PAPER, file, entry));
            entryProblems.addAll(mapper.check(file, entry));
            if (entryProblems.isEmpty()) {
                papers.add(mapper.map(entry));
            }
            String where = JsonPointers.display(pointer);
            entryProblems.forEach(p -> problems.add(new Problem(file, p.line(), where + ": " + p.message())));
        }
        return new Result(problems.isEmpty() ? papers : List.of(), problems);
    }
}
