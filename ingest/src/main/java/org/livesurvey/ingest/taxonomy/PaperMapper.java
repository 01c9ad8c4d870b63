package org.livesurvey.ingest.taxonomy;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.ContributionType;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;

/** Builds a {@link Paper} from a paper document. */
final class PaperMapper implements DocumentMapper<Paper> {

    private static final List<String> DATE_FIELDS = List.of("published", "updated");
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The schema checks the form of a date; whether such a day exists (2025-02-30 does not) is checked here. */
    @Override
    public List<Problem> check(Path file, YamlDocument document) {
        List<Problem> problems = new ArrayList<>();
        for (String field : DATE_FIELDS) {
            JsonNode value = document.root().path(field);
            if (value.isTextual() && DATE_FORM.matcher(value.asText()).matches() && !exists(value.asText())) {
                problems.add(new Problem(file, document.lineOf(JsonPointers.child("", field)),
                        field + ": '" + value.asText() + "' is not a date that exists"));
            }
        }
        return problems;
    }

    @Override
    public Paper map(YamlDocument document) {
        JsonNode root = document.root();
        String contribution = JsonFields.text(root, "contribution");
        return new Paper(
                JsonFields.text(root, "id"),
                JsonFields.text(root, "title"),
                JsonFields.texts(root, "authors"),
                date(root, "published"),
                date(root, "updated"),
                JsonFields.text(root, "venue"),
                identifiers(root.path("identifiers")),
                links(root.path("links")),
                JsonFields.text(root, "abstract"),
                JsonFields.texts(root, "categories"),
                JsonFields.texts(root, "tags"),
                contribution == null ? null : ContributionType.fromKey(contribution),
                JsonFields.texts(root, "modality"),
                JsonFields.text(root, "training"),
                claims(root.path("claims")),
                sources(root.path("sources")),
                JsonFields.texts(root, "arxiv_categories"),
                JsonFields.texts(root, "former_ids"),
                JsonFields.texts(root, "distinct_from"),
                root.path("authors_truncated").asBoolean(false));
    }

    private static boolean exists(String date) {
        try {
            PartialDate.parse(date);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static PartialDate date(JsonNode root, String field) {
        String text = JsonFields.text(root, field);
        return text == null ? null : PartialDate.parse(text);
    }

    private static Identifiers identifiers(JsonNode identifiers) {
        return new Identifiers(JsonFields.text(identifiers, "arxiv"), JsonFields.text(identifiers, "doi"));
    }

    private static Links links(JsonNode links) {
        return new Links(JsonFields.text(links, "paper"), JsonFields.text(links, "pdf"),
                JsonFields.text(links, "code"), JsonFields.text(links, "project"), JsonFields.text(links, "venue"));
    }

    private static List<Claim> claims(JsonNode claims) {
        List<Claim> out = new ArrayList<>();
        for (JsonNode claim : claims) {
            out.add(new Claim(
                    JsonFields.text(claim, "id"),
                    JsonFields.text(claim, "statement"),
                    JsonFields.text(claim, "metric"),
                    JsonFields.number(claim, "value"),
                    JsonFields.number(claim, "min"),
                    JsonFields.number(claim, "max"),
                    JsonFields.text(claim, "unit"),
                    JsonFields.text(claim, "setting"),
                    JsonFields.text(claim, "where")));
        }
        return out;
    }

    private static List<Source> sources(JsonNode sources) {
        List<Source> out = new ArrayList<>();
        for (JsonNode source : sources) {
            out.add(new Source(JsonFields.text(source, "list"), JsonFields.text(source, "section"),
                    JsonFields.texts(source, "fields")));
        }
        return out;
    }
}
