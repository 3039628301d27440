package vn.kynangso.places;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlaceRepository extends JpaRepository<Place, Long> {

    List<Place> findByParentIdOrderByName(Long parentId);

    List<Place> findByLevelOrderByName(PlaceLevel level);

    Optional<Place> findByCode(String code);

    /** The place itself and every place above it, up to its province. */
    @Query(value = """
            WITH RECURSIVE up (id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM place WHERE id = :id
                UNION ALL
                SELECT p.id, p.parent_id, up.depth + 1 FROM place p JOIN up ON p.id = up.parent_id
            )
            SELECT id FROM up ORDER BY depth
            """, nativeQuery = true)
    List<Long> findSelfAndAncestorIds(@Param("id") long id);

    /** The places themselves and everything below them, of one level. */
    @Query(value = """
            WITH RECURSIVE tree (id, level) AS (
                SELECT id, level FROM place WHERE id IN (:roots)
                UNION ALL
                SELECT p.id, p.level FROM place p JOIN tree t ON p.parent_id = t.id
            )
            SELECT id FROM tree WHERE level = :level
            """, nativeQuery = true)
    List<Long> findIdsAtLevelWithin(@Param("roots") Collection<Long> roots, @Param("level") String level);
}
