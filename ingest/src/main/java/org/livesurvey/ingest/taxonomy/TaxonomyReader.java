package org.livesurvey.ingest.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Reproduction;

/**
 * Reads a taxonomy directory ({@code categories.yaml}, {@code papers/*.yaml}, {@code reproductions/*.yaml}) into
 * model records. Each file is parsed and checked against its schema; a file with any problem is not turned into a
 * model object, and all its problems are reported. Checks across files belong to the validator.
 */
public final class TaxonomyReader {

    public static final String CATEGORIES_FILE = "categories.yaml";
    public static final String PAPERS_DIR = "papers";
    public static final String REPRODUCTIONS_DIR = "reproductions";
    private static final String YAML = ".yaml";

    private final YamlDocumentReader yaml = new YamlDocumentReader();
    private final SchemaChecker schemas;

    public TaxonomyReader() {
        this(SchemaChecker.fromClasspath());
    }

    public TaxonomyReader(SchemaChecker schemas) {
        this.schemas = schemas;
    }

    /** @throws IllegalArgumentException when {@code taxonomyDir} is not a directory */
    public TaxonomyReading read(Path taxonomyDir) {
        if (!Files.isDirectory(taxonomyDir)) {
            throw new IllegalArgumentException("no taxonomy directory at " + taxonomyDir);
        }
        List<Problem> problems = new ArrayList<>();
        Located<List<Category>> tree = readCategories(taxonomyDir.resolve(CATEGORIES_FILE), problems);

        List<Path> paperFiles = yamlFiles(taxonomyDir.resolve(PAPERS_DIR), true, "a paper file", problems);
        List<Located<Paper>> papers = readAll(paperFiles, SchemaKind.PAPER, new PaperMapper(), problems);

        List<Path> reproductionFiles = yamlFiles(taxonomyDir.resolve(REPRODUCTIONS_DIR), false, "a reproduction file",
                problems);
        List<Located<Reproduction>> reproductions = readAll(reproductionFiles, SchemaKind.REPRODUCTION,
                new ReproductionMapper(), problems);

        Set<String> paperFileIds = new HashSet<>();
        paperFiles.forEach(file -> paperFileIds.add(idOf(file)));
        return new TaxonomyReading(taxonomyDir, tree, papers, reproductions, paperFileIds, reproductionFiles.size(),
                problems);
    }

    /** The id a file's name says it holds: the name without {@code .yaml}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(YAML) ? name.substring(0, name.length() - YAML.length()) : name;
    }

    private Located<List<Category>> readCategories(Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(file, 0, "missing: the category tree is required"));
            return null;
        }
        FileResult<List<Category>> result = readFile(file, SchemaKind.CATEGORIES, new CategoryMapper());
        problems.addAll(result.problems());
        return result.located();
    }

    /** Files are independent of each other, so they are read in parallel; results keep the files' order. */
    private <T> List<Located<T>> readAll(List<Path> files, SchemaKind kind, DocumentMapper<T> mapper,
                                         List<Problem> problems) {
        List<FileResult<T>> results = files.parallelStream().map(file -> readFile(file, kind, mapper)).toList();
        List<Located<T>> read = new ArrayList<>();
        for (FileResult<T> result : results) {
            problems.addAll(result.problems());
            if (result.located() != null) {
                read.add(result.located());
            }
        }
        return read;
    }

    private <T> FileResult<T> readFile(Path file, SchemaKind kind, DocumentMapper<T> mapper) {
        YamlDocumentReader.Result parsed = yaml.read(file);
        if (parsed.document() == null) {
            return new FileResult<>(null, parsed.problems());
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(schemas.check(kind, file, parsed.document()));
        problems.addAll(mapper.check(file, parsed.document()));
        if (!problems.isEmpty()) {
            return new FileResult<>(null, problems);
        }
        return new FileResult<>(new Located<>(mapper.map(parsed.document()), file, parsed.document()), List.of());
    }

    /** What one file gave: an object, or the problems that kept it from being one. */
    private record FileResult<T>(Located<T> located, List<Problem> problems) {
    }

    /**
     * The {@code .yaml} files of a directory, sorted by name. Hidden files and editors' temporary files are skipped;
     * anything else that is not a {@code .yaml} file is reported, so that a misnamed file is not silently ignored.
     */
    private static List<Path> yamlFiles(Path directory, boolean required, String what, List<Problem> problems) {
        if (!Files.isDirectory(directory)) {
            if (required) {
                problems.add(new Problem(directory, 0, "missing: the directory of paper files is required"));
            }
            return List.of();
        }
        List<Path> yamlFiles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (isHiddenOrTemporary(name)) {
                    continue;
                }
                if (name.endsWith(YAML) && Files.isRegularFile(entry)) {
                    yamlFiles.add(entry);
                } else {
                    problems.add(new Problem(entry, 0,
                            "not " + what + ": " + directory.getFileName() + "/ holds only <id>.yaml files"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        return yamlFiles;
    }

    private static boolean isHiddenOrTemporary(String name) {
        return name.startsWith(".") || name.endsWith(".tmp") || name.endsWith("~");
    }
}
