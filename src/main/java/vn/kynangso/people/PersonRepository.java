package vn.kynangso.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByHouseholdIdOrderById(Long householdId);

    List<Person> findByHouseholdIdInOrderById(Collection<Long> householdIds);

    List<Person> findByPlaceIdAndBirthYear(Long placeId, Integer birthYear);

    List<Person> findByPhone(String phone);

    List<Person> findByHouseholdIdIsNullAndPlaceIdInAndBirthYear(Collection<Long> placeIds, Integer birthYear);

    long countByPlaceIdIn(Collection<Long> placeIds);

    @Query("select p.placeId, count(p) from Person p where p.placeId in :placeIds group by p.placeId")
    List<Object[]> countPerPlace(@Param("placeIds") Collection<Long> placeIds);
}
