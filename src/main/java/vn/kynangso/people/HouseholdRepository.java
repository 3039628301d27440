package vn.kynangso.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    long countByHamletIdIn(Collection<Long> hamletIds);

    List<Household> findByHamletIdOrderById(Long hamletId);

    List<Household> findByHamletIdInAndCoveredAtIsNullOrderById(Collection<Long> hamletIds);

    @Query("select h.hamletId, count(h) from Household h where h.hamletId in :hamletIds group by h.hamletId")
    List<Object[]> countPerHamlet(@Param("hamletIds") Collection<Long> hamletIds);
}
