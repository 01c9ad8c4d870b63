package org.livesurvey.paper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads papers; there is no write method because the taxonomy sync owns the tables. */
interface PaperRepository extends Repository<PaperEntity, String> {

    Optional<PaperEntity> findById(String id);

    List<PaperEntity> findByIdIn(Collection<String> ids);

    /** The current id of the paper that had this id before a merge gave it another. */
    @Query(value = "select paper_id from paper_former_id where former_id = :formerId", nativeQuery = true)
    Optional<String> findIdByFormerId(@Param("formerId") String formerId);

    long count();

    @Query("select new org.livesurvey.paper.PaperVersion(p.id, p.version) from PaperEntity p")
    List<PaperVersion> findAllVersions();

    /** Papers filed under the node or anywhere below it, each once. */
    @Query("""
            select p from PaperEntity p
            where exists (select 1 from p.categories c where c.path = :path or c.path like :descendants escape '\\')""")
    Page<PaperEntity> findInCategory(@Param("path") String path, @Param("descendants") String descendantsPattern,
                                     Pageable pageable);
}
