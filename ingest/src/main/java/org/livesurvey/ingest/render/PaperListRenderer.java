package org.livesurvey.ingest.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.Taxonomy;

/**
 * Renders the taxonomy as one Markdown "awesome list": the tree as a table of contents, then every node's papers,
 * newest first. The output depends only on the files, so CI can tell when the committed list is stale.
 */
public final class PaperListRenderer {

    public static final String HEADER = """
            # LiveSurvey paper list

            <!-- Generated from the YAML files in this directory by `./livesurvey render-list`; do not edit by hand. \
            Fix a paper in papers/<id>.yaml or a node in categories.yaml, then run the command. -->

            """;

    private static final int AUTHORS_SHOWN = 3;

    private static final Comparator<Paper> NEWEST_FIRST = Comparator
            .comparing((Paper p) -> p.published() == null ? null : p.published().earliest(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Paper::id);

    public String render(Taxonomy taxonomy) {
        Map<String, Category> nodes = taxonomy.categoriesByPath();
        Map<String, List<Paper>> papersByNode = papersByNode(taxonomy, nodes);
        StringBuilder out = new StringBuilder(HEADER);
        out.append(String.format("%,d papers in %d categories. A paper is listed under every category it is filed in.%n%n",
                taxonomy.papers().size(), nodes.size()));
        out.append("## Contents\n\n");
        nodes.values().forEach(node -> out.append("  ".repeat(node.depth()))
                .append("- [").append(MarkdownText.escape(node.name())).append("](#").append(anchor(node)).append(") (")
                .append(papersByNode.get(node.path()).size()).append(")\n"));
        nodes.values().forEach(node -> appendSection(out, node, papersByNode.get(node.path())));
        return out.toString();
    }

    private static Map<String, List<Paper>> papersByNode(Taxonomy taxonomy, Map<String, Category> nodes) {
        Map<String, List<Paper>> byNode = new LinkedHashMap<>();
        nodes.keySet().forEach(path -> byNode.put(path, new ArrayList<>()));
        for (Paper paper : taxonomy.papers()) {
            paper.categories().stream().distinct().filter(byNode::containsKey)
                    .forEach(path -> byNode.get(path).add(paper));
        }
        byNode.values().forEach(papers -> papers.sort(NEWEST_FIRST));
        return byNode;
    }

    private static void appendSection(StringBuilder out, Category node, List<Paper> papers) {
        out.append('\n').append("#".repeat(Math.min(node.depth() + 2, 6))).append(' ')
                .append(MarkdownText.escape(node.name())).append(" <a id=\"").append(anchor(node)).append("\"></a>\n\n");
        if (node.description() != null) {
            out.append(MarkdownText.escape(node.description())).append("\n\n");
        }
        papers.forEach(paper -> out.append(entry(paper)).append('\n'));
    }

    static String entry(Paper paper) {
        StringBuilder line = new StringBuilder("- ");
        String title = MarkdownText.escape(paper.title());
        String landing = paper.links().paper();
        line.append(landing == null ? "**" + title + "**" : "**[" + title + "](" + MarkdownText.url(landing) + ")**");
        if (!paper.authors().isEmpty()) {
            line.append(" — ").append(MarkdownText.escape(authors(paper.authors(), paper.authorsTruncated())));
        }
        if (line.charAt(line.length() - 1) != '.') {
            line.append('.');
        }
        if (paper.venue() != null) {
            line.append(" *").append(MarkdownText.escape(paper.venue())).append('*');
            line.append(paper.published() == null ? "." : ",");
        }
        if (paper.published() != null) {
            line.append(' ').append(paper.published().year()).append('.');
        }
        if (paper.links().code() != null) {
            line.append(" [[code](").append(MarkdownText.url(paper.links().code())).append(")]");
        }
        return line.toString();
    }

    private static String authors(List<String> authors, boolean truncated) {
        return authors.size() <= AUTHORS_SHOWN
                ? String.join(", ", authors) + (truncated ? " et al." : "")
                : String.join(", ", authors.subList(0, AUTHORS_SHOWN)) + " et al.";
    }

    private static String anchor(Category node) {
        return node.path().replace('/', '-');
    }
}
