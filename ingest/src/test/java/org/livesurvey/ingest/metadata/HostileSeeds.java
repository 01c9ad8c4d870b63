package org.livesurvey.ingest.metadata;

import java.util.List;

/**
 * Small inputs of each format, written by us, that aim at what breaks parsers: nesting deeper than a call stack,
 * numbers beyond every type, fields that never close, values of the wrong type. Fuzzing starts from them as well as
 * from the real fixtures.
 */
final class HostileSeeds {

    private static final int DEEP = 20_000;

    private HostileSeeds() {
    }

    static List<String> of(String format) {
        return switch (format) {
            case "arxiv_atom" -> List.of(
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">"
                            + "<entry><id>http://arxiv.org/abs/2504.17040v99999999999</id><title>"
                            + "<b>".repeat(DEEP / 10) + "</title></entry></feed>",
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>2504.1704</id><published>2025-02-30T00:00:00Z"
                            + "</published><author><name/></author><category/></entry>");
            case "arxiv_oai" -> List.of(
                    "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><request>http://export.arxiv.org/oai2</request>"
                            + "<ListRecords><record><header status=\"deleted\"/><metadata><arXivRaw "
                            + "xmlns=\"http://arxiv.org/OAI/arXivRaw/\"><id>hep-th/9901001</id><version version=\"v\">"
                            + "<date>Mon, 1 Jan 1999</date></version><authors>A (B (C</authors></arXivRaw></metadata>"
                            + "</record><resumptionToken completeListSize=\"99999999999999999999999\"/></ListRecords>"
                            + "</OAI-PMH>");
            case "bibtex" -> List.of(
                    "@string{a = b # a}\n@misc{key, title = a # a # {" + "{".repeat(DEEP) + "}",
                    "@article{x, title = \"\\\"{\\o}\\v{\", author = { and and , , and others}, year = 99999999999999999999,"
                            + " month = 13, crossref = {x}}\n@article{y, crossref = {x}, title = {$$\\\\}}");
            case "ris" -> List.of(
                    "TY  - JOUR\nTI  - \nAU  - , , , ,\nPY  - 99999999999999999999/13/32/\nDA  - ////\nTY  - ",
                    "FN Clarivate\nVR 1.0\nPT J\nAU \nPD FEB 30\nPY -1\n   \nER");
            case "openalex" -> List.of(
                    "{\"meta\": {\"count\": 1e999999}, \"results\": [{\"id\": \"https://openalex.org/W1\", "
                            + "\"abstract_inverted_index\": {\"a\": [2147483648, -1], \"b\": [0]}, \"authorships\": "
                            + "[null, 7, {\"author\": []}]}], \"group_by\": " + "[".repeat(DEEP) + "]}");
            case "semantic_scholar" -> List.of(
                    "[null, {\"paperId\": {}, \"year\": 99999999999999999999999999, \"authors\": [{\"name\": []}]}, "
                            + "\"x\", " + "{\"a\":".repeat(DEEP / 2) + "]");
            case "csl_json" -> List.of(
                    "[{\"type\": \"article\", \"issued\": {\"date-parts\": [[\"2020\", -1, 99999999999]]}, "
                            + "\"author\": [{\"family\": null, \"given\": {}}], \"version\": 1e400, \"title\": ["
                            + "\"<i>" + "<sub>".repeat(DEEP / 10) + "\"]}]");
            case "corpus" -> List.of(
                    "{\"arxiv_id\": \"9999.99999v99999999999\", \"title\": [], \"year\": \"" + "9".repeat(DEEP) + "\"}\n"
                            + "[" + "[".repeat(DEEP) + "\n{\"source_list\": 1}\n\u0000\u0000");
            default -> List.of("\uFEFF", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", "{\"id\": \"https://openalex.org/W\"");
        };
    }
}
