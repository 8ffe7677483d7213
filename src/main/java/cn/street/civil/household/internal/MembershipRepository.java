package cn.street.civil.household.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

	@Query("select m from Membership m where m.personId = :personId and m.validTo is null")
	Optional<Membership> findCurrentOf(long personId);

	@Query("select m from Membership m where m.householdId = :householdId and m.validTo is null order by m.id")
	List<Membership> findCurrentIn(long householdId);

}
