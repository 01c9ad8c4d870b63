package org.livesurvey.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.livesurvey.ingest.model.ContributionType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The section rules of every curated list, read from a YAML data file (the bundled one is
 * {@code org/livesurvey/ingest/section-rules.yaml}): per list, rules tried in order, the first match wins.
 */
public final class SectionRules {

    public static final String BUNDLED = "/org/livesurvey/ingest/section-rules.yaml";

    private static final Set<String> RULE_KEYS = Set.of("section", "category", "contribution", "modality",
            "training", "tags");
    private static final Set<String> TRAINING_REGIMES = Set.of("training-free", "sft", "rl", "distillation",
            "pretraining", "preference-optimization");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, List<SectionRule>> rulesByList;

    private SectionRules(Map<String, List<SectionRule>> rulesByList) {
        this.rulesByList = rulesByList;
    }

    public static SectionRules bundled() {
        try (InputStream in = SectionRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("section rules " + BUNDLED + " are missing from the class path");
            }
            return parse(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the list and rule when the file is not a valid rule file
     */
    public static SectionRules parse(InputStream yaml, String name) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<?, ?> lists = map(map(document, name).get("lists"), name + ": 'lists'");
        Map<String, List<SectionRule>> rulesByList = new LinkedHashMap<>();
        lists.forEach((list, rules) -> rulesByList.put(String.valueOf(list),
                parseRules(String.valueOf(list), rules, name)));
        return new SectionRules(rulesByList);
    }

    /** The first rule of the list that matches the section path, if any. */
    public Optional<SectionRule> find(String list, String sectionPath) {
        return rulesByList.getOrDefault(list, List.of()).stream().filter(r -> r.matches(sectionPath)).findFirst();
    }

    public List<SectionRule> all() {
        return rulesByList.values().stream().flatMap(List::stream).toList();
    }

    private static List<SectionRule> parseRules(String list, Object rules, String name) {
        if (!(rules instanceof List<?> items)) {
            throw new IllegalArgumentException(name + ": the rules of " + list + " must be a list");
        }
        List<SectionRule> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = name + ": " + list + " rule " + (i + 1);
            parsed.add(parseRule(list, map(items.get(i), where), where));
        }
        return parsed;
    }

    private static SectionRule parseRule(String list, Map<?, ?> rule, String where) {
        for (Object key : rule.keySet()) {
            if (!RULE_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'");
            }
        }
        String section = text(rule.get("section"));
        if (section == null) {
            throw new IllegalArgumentException(where + ": 'section' is required");
        }
        try {
            return new SectionRule(list,
                    Pattern.compile(section, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    text(rule.get("category")),
                    contribution(text(rule.get("contribution")), where),
                    modality(texts(rule.get("modality"), where), where),
                    training(text(rule.get("training")), where),
                    tags(texts(rule.get("tags"), where), where));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": 'section' is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    private static ContributionType contribution(String key, String where) {
        if (key == null) {
            return null;
        }
        try {
            return ContributionType.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown contribution '" + key + "'");
        }
    }

    private static List<String> modality(List<String> values, String where) {
        for (String value : values) {
            if (!SectionClassifier.MODALITY_ORDER.contains(value)) {
                throw new IllegalArgumentException(where + ": unknown modality '" + value + "'");
            }
        }
        return values;
    }

    private static String training(String value, String where) {
        if (value != null && !TRAINING_REGIMES.contains(value)) {
            throw new IllegalArgumentException(where + ": unknown training regime '" + value + "'");
        }
        return value;
    }

    private static List<String> tags(List<String> values, String where) {
        for (String value : values) {
            if (!KEBAB_CASE.matcher(value).matches()) {
                throw new IllegalArgumentException(where + ": tag '" + value + "' is not kebab-case");
            }
        }
        return values;
    }

    private static Map<?, ?> map(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> texts(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException(where + ": expected a list, found '" + value + "'");
        }
        return items.stream().map(String::valueOf).toList();
    }
}
