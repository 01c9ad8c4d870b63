package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.livesurvey.ingest.render.PaperListRenderer;
import org.livesurvey.ingest.taxonomy.Problem;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.ingest.taxonomy.TaxonomyReading;

/**
 * {@code render-list [--check] [taxonomy-dir]}: writes the generated paper list to {@code <taxonomy-dir>/README.md};
 * with {@code --check} writes nothing and exits 1 when the committed list differs from what the files give.
 */
final class RenderListCommand implements CliCommand {

    static final String LIST_FILE = "README.md";

    @Override
    public String name() {
        return "render-list";
    }

    @Override
    public String usage() {
        return "render-list [--check] [taxonomy-dir]   write the Markdown paper list to <taxonomy-dir>/" + LIST_FILE
                + "; --check: only report whether it is up to date";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>(args);
        boolean check = rest.remove("--check");
        if (rest.size() > 1) {
            throw new IllegalArgumentException("expected at most one directory, got " + rest);
        }
        Path directory = Path.of(rest.isEmpty() ? "taxonomy" : rest.get(0));
        TaxonomyReading reading = new TaxonomyReader().read(directory);
        if (!reading.problems().isEmpty()) {
            reading.problems().forEach(problem -> err.println(problem.format(Path.of(""))));
            err.println("the taxonomy has problems; fix them (./livesurvey validate) before rendering the list");
            return 1;
        }
        String list = new PaperListRenderer().render(reading.taxonomy());
        Path file = directory.resolve(LIST_FILE);
        if (check) {
            boolean current = Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(list);
            (current ? out : err).println(file + (current ? " is up to date" : " is out of date: run ./livesurvey render-list"));
            return current ? 0 : 1;
        }
        Files.writeString(file, list, StandardCharsets.UTF_8);
        out.println("wrote " + file);
        return 0;
    }
}
