package org.livesurvey.search.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.livesurvey.search.PaperSearchResult.FacetCount;
import org.livesurvey.search.SearchField;
import org.livesurvey.search.web.SearchPage.FacetGroup;
import org.livesurvey.search.web.SearchPage.FacetOption;
import org.livesurvey.taxonomy.CategoryNode;
import org.livesurvey.taxonomy.CategoryTree;

/**
 * The facet sidebar: per field, its values with counts as links that toggle them. Categories follow the tree (a
 * branch, then its sections below it); years run newest first; other fields keep the engine's order, most frequent
 * first. A selected value is always shown, with a count of 0 if no paper matches it any more.
 */
final class SearchFacets {

    /** The fields the page counts, in the order of the sidebar; tags, authors and venues have too many values. */
    static final List<SearchField> SHOWN = List.of(SearchField.CATEGORY, SearchField.YEAR, SearchField.CONTRIBUTION,
            SearchField.TRAINING, SearchField.MODALITY, SearchField.HAS_CODE);

    /** Options shown before the "more" toggle of a flat facet. */
    static final int VISIBLE_OPTIONS = 6;

    /** Ids may hold anything but white space. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

    private static final Map<SearchField, String> LABELS = Map.of(SearchField.CATEGORY, "Category",
            SearchField.YEAR, "Year", SearchField.CONTRIBUTION, "Contribution", SearchField.TRAINING, "Training",
            SearchField.MODALITY, "Modality", SearchField.HAS_CODE, "Code", SearchField.VENUE, "Venue",
            SearchField.TAG, "Tag", SearchField.AUTHOR, "Author", SearchField.REPRODUCTION, "Reproduction");

    private SearchFacets() {
    }

    static List<FacetGroup> groups(SearchPageState state, Map<SearchField, List<FacetCount>> counts,
                                   CategoryTree tree) {
        List<FacetGroup> groups = new ArrayList<>();
        for (SearchField field : SHOWN) {
            Map<String, Long> values = withSelected(state, field, counts.getOrDefault(field, List.of()));
            if (values.isEmpty()) {
                continue;
            }
            groups.add(field == SearchField.CATEGORY ? categories(state, values, tree) : flat(state, field, values));
        }
        return List.copyOf(groups);
    }

    static String fieldLabel(SearchField field) {
        return LABELS.get(field);
    }

    /** How a value reads in the sidebar and in the list of applied filters. */
    static String valueLabel(SearchField field, String value, Map<String, String> categoryNames) {
        return switch (field) {
            case CATEGORY -> categoryNames.getOrDefault(value, value);
            case HAS_CODE -> "true".equals(value) ? "With code" : "Without code";
            case CONTRIBUTION, TRAINING, MODALITY -> value.isEmpty() ? value
                    : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
            default -> value;
        };
    }

    private static Map<String, Long> withSelected(SearchPageState state, SearchField field, List<FacetCount> counts) {
        Map<String, Long> values = new LinkedHashMap<>();
        counts.forEach(count -> values.put(count.value(), count.count()));
        state.filters().include().getOrDefault(field, List.of()).forEach(value -> values.putIfAbsent(value, 0L));
        return values;
    }

    private static FacetGroup flat(SearchPageState state, SearchField field, Map<String, Long> values) {
        List<String> order = new ArrayList<>(values.keySet());
        if (field == SearchField.YEAR) {
            order.sort(Comparator.reverseOrder());
        }
        List<FacetOption> options = order.stream()
                .map(value -> option(state, field, value, valueLabel(field, value, Map.of()), values.get(value),
                        List.of()))
                .toList();
        int visible = Math.min(VISIBLE_OPTIONS, options.size());
        List<FacetOption> more = options.subList(visible, options.size());
        return new FacetGroup(field.key(), fieldLabel(field), options.subList(0, visible), more,
                more.stream().anyMatch(FacetOption::selected));
    }

    private static FacetGroup categories(SearchPageState state, Map<String, Long> counts, CategoryTree tree) {
        List<FacetOption> branches = nodes(state, tree.branches(), counts);
        return new FacetGroup(SearchField.CATEGORY.key(), fieldLabel(SearchField.CATEGORY), branches, List.of(),
                false);
    }

    /** Nodes without matching papers are left out with their subtrees (no paper below them matches either). */
    private static List<FacetOption> nodes(SearchPageState state, List<CategoryNode> nodes, Map<String, Long> counts) {
        List<FacetOption> options = new ArrayList<>();
        for (CategoryNode node : nodes) {
            Long count = counts.get(node.path());
            if (count != null) {
                options.add(option(state, SearchField.CATEGORY, node.path(), node.name(), count,
                        nodes(state, node.children(), counts)));
            }
        }
        return List.copyOf(options);
    }

    private static FacetOption option(SearchPageState state, SearchField field, String value, String label,
                                      long count, List<FacetOption> children) {
        boolean selected = state.isSelected(field, value);
        boolean open = selected || children.stream().anyMatch(child -> child.selected() || child.open());
        String id = "facet-" + field.key() + "-" + WHITE_SPACE.matcher(value).replaceAll("_");
        return new FacetOption(id, label, count, selected, state.toggled(field, value).url(), children, open);
    }
}
