package org.livesurvey.export;

import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes CSL-JSON, the input of citeproc processors (Zotero, Pandoc, citation.js): an array of items with
 * {@code type} {@code article-journal}, {@code paper-conference} or {@code article} for preprints, which carry their
 * arXiv id in {@code number} and arXiv as {@code publisher}, as Zotero writes them. Each item's {@code id} is the
 * paper's LiveSurvey id, unique and stable. Text is written as curated; JSON needs no escaping beyond its own. CSL
 * has no mark for an author list the source cut short: styles add "et al." by their own rules.
 */
final class CslJsonWriter {

    /** Its own mapper: the application's is set to snake_case, and CSL-JSON names are kebab-case and fixed. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    String write(List<CitedPaper> papers) {
        ArrayNode items = JSON.createArrayNode();
        papers.forEach(paper -> items.add(item(paper)));
        return JSON.writeValueAsString(items) + "\n";
    }

    private static ObjectNode item(CitedPaper paper) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", paper.details().id());
        item.put("type", type(paper.kind()));
        item.put("title", paper.details().title());
        if (!paper.authors().isEmpty()) {
            ArrayNode authors = item.putArray("author");
            paper.authors().forEach(name -> authors.add(author(name)));
        }
        if (paper.date() != null) {
            item.putObject("issued").putArray("date-parts").add(dateParts(paper.date()));
        }
        putIfPresent(item, "container-title", paper.venue());
        if (paper.kind() == PublicationKind.PREPRINT && paper.arxivId() != null) {
            item.put("publisher", "arXiv");
            item.put("number", "arXiv:" + paper.arxivId());
        }
        putIfPresent(item, "DOI", paper.doi());
        putIfPresent(item, "URL", paper.url());
        putIfPresent(item, "abstract", paper.details().abstractText());
        return item;
    }

    private static String type(PublicationKind kind) {
        return switch (kind) {
            case JOURNAL_ARTICLE -> "article-journal";
            case CONFERENCE_PAPER -> "paper-conference";
            case PREPRINT -> "article";
        };
    }

    private static ObjectNode author(PersonName name) {
        ObjectNode author = JSON.createObjectNode();
        author.put("family", name.family());
        putIfPresent(author, "given", name.given());
        putIfPresent(author, "suffix", name.suffix());
        return author;
    }

    private static ArrayNode dateParts(PublicationDate date) {
        ArrayNode parts = JSON.createArrayNode().add(date.year());
        if (date.month() != null) {
            parts.add(date.month());
            if (date.day() != null) {
                parts.add(date.day());
            }
        }
        return parts;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }
}
