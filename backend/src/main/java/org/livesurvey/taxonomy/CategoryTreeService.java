package org.livesurvey.taxonomy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree as the database holds it after the last good sync, with paper counts. */
@Service
@Transactional(readOnly = true)
public class CategoryTreeService {

    private final CategoryRepository categories;

    CategoryTreeService(CategoryRepository categories) {
        this.categories = categories;
    }

    public CategoryTree tree() {
        Map<String, Long> counts = categories.countPapersPerNode().stream()
                .collect(Collectors.toMap(CategoryRepository.PaperCount::getPath,
                        CategoryRepository.PaperCount::getPapers));
        Map<String, List<CategoryEntity>> byParent = categories.findAll().stream()
                .sorted(Comparator.comparingInt(CategoryEntity::position).thenComparing(CategoryEntity::path))
                .collect(Collectors.groupingBy(entity -> entity.parentPath() == null ? "" : entity.parentPath()));
        return new CategoryTree(nodes("", byParent, counts));
    }

    /** Display names of all nodes, keyed by path: what other features show next to a path. */
    public Map<String, String> namesByPath() {
        return categories.findAll().stream().collect(Collectors.toMap(CategoryEntity::path, CategoryEntity::name));
    }

    private static List<CategoryNode> nodes(String parentPath, Map<String, List<CategoryEntity>> byParent,
                                            Map<String, Long> counts) {
        return byParent.getOrDefault(parentPath, List.of()).stream()
                .map(entity -> new CategoryNode(entity.path(), entity.name(), entity.description(),
                        counts.getOrDefault(entity.path(), 0L), nodes(entity.path(), byParent, counts)))
                .toList();
    }
}
