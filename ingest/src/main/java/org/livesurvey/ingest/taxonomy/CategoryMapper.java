package org.livesurvey.ingest.taxonomy;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.livesurvey.ingest.model.Category;

/** Builds the category tree from a {@code categories.yaml} document that passed the schema. */
final class CategoryMapper implements DocumentMapper<List<Category>> {

    @Override
    public List<Category> map(YamlDocument document) {
        return nodes(document.root().path("categories"), null);
    }

    private static List<Category> nodes(JsonNode nodes, String parentPath) {
        List<Category> categories = new ArrayList<>();
        for (JsonNode node : nodes) {
            String id = JsonFields.text(node, "id");
            String path = parentPath == null ? id : parentPath + "/" + id;
            categories.add(new Category(path, id, JsonFields.text(node, "name"), JsonFields.text(node, "description"),
                    JsonFields.texts(node, "keywords"), nodes(node.path("children"), path)));
        }
        return categories;
    }
}
