package org.livesurvey.taxonomy;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the category tree and how many papers each node holds. */
interface CategoryRepository extends Repository<CategoryEntity, String> {

    List<CategoryEntity> findAll();

    /**
     * Papers per node: a paper counts in every node of its category paths and in their ancestors, once per node
     * however many of its paths lie below that node.
     */
    @Query(value = """
            select c.path as path, count(distinct pc.paper_id) as papers
            from category c
            left join paper_category pc
                   on pc.category_path = c.path or starts_with(pc.category_path, c.path || '/')
            group by c.path""", nativeQuery = true)
    List<PaperCount> countPapersPerNode();

    /** One row of {@link #countPapersPerNode()}. */
    interface PaperCount {

        String getPath();

        long getPapers();
    }
}
