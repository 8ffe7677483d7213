package cn.street.civil.household.internal;

import java.util.Collection;
import java.util.Optional;

import cn.street.civil.shared.security.DataScope;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

	Optional<Household> findByIdAndCommunityIdIn(long id, Collection<Long> communityIds);

	Optional<Household> findByHouseholdNo(String householdNo);

	boolean existsByHouseholdNo(String householdNo);

	/** The household a person last belonged to (for the dead and moved-out). */
	@Query(value = """
			select h.* from household h join household_membership m on m.household_id = h.id
			where m.person_id = :personId order by m.valid_from desc, m.id desc limit 1""", nativeQuery = true)
	Optional<Household> findLastOf(long personId);

	@Query(value = "select nextval('household_no_seq')", nativeQuery = true)
	long nextNumber();

	/** The household with that id if the scope covers its community; otherwise empty (→ 404). */
	default Optional<Household> findInScope(long id, DataScope scope) {
		return scope.all() ? findById(id) : findByIdAndCommunityIdIn(id, scope.idsForQuery());
	}

	default Optional<Household> findByNumberInScope(String householdNo, DataScope scope) {
		return findByHouseholdNo(householdNo).filter(h -> scope.includes(h.getCommunityId()));
	}

}
