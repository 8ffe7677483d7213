package cn.street.civil.assistance.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.street.civil.shared.security.DataScope;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssistanceCaseRepository extends JpaRepository<AssistanceCase, Long> {

	Optional<AssistanceCase> findByIdAndProgramme(long id, Programme programme);

	List<AssistanceCase> findByProgrammeAndStateIn(Programme programme, Collection<CaseState> states);

	/** The open cases covering any of these persons (any programme). */
	@Query("select distinct c from AssistanceCase c join c.members m where m.personId in :personIds and c.state not in :closed")
	List<AssistanceCase> findOpenCovering(Collection<Long> personIds, Collection<CaseState> closed);

	@Query("select c from AssistanceCase c where c.householdId = :householdId and c.state not in :closed")
	List<AssistanceCase> findOpenOfHousehold(long householdId, Collection<CaseState> closed);

	@Query("select c from AssistanceCase c where c.householdId = :householdId order by c.id desc")
	List<AssistanceCase> findByHousehold(long householdId);

	@Query("select distinct c from AssistanceCase c join c.members m where m.personId = :personId order by c.id desc")
	List<AssistanceCase> findCovering(long personId);

	/** These cases with their covered members, in one query (set-based work such as a 调标 batch). */
	@Query("select distinct c from AssistanceCase c left join fetch c.members where c.id in :ids")
	List<AssistanceCase> findWithMembers(Collection<Long> ids);

	/** 停旧建新: the cases opened as successors of this one. */
	List<AssistanceCase> findByPredecessorCaseIdOrderByIdAsc(Long predecessorCaseId);

	/** The case of that programme if the scope covers its household's community; otherwise empty (→ 404). */
	default Optional<AssistanceCase> findInScope(long id, Programme programme, DataScope scope) {
		return findByIdAndProgramme(id, programme).filter(c -> scope.includes(c.getCommunityId()));
	}

}
