package cn.street.civil.assistance.dibao;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestigationRepository extends JpaRepository<Investigation, Long> {

	List<Investigation> findByCaseIdOrderByIdDesc(long caseId);

	/** These visits with their incomes and findings, in one query (a 调标 batch). */
	@org.springframework.data.jpa.repository.Query("""
			select distinct i from Investigation i left join fetch i.incomes left join fetch i.conditions
			where i.id in :ids""")
	List<Investigation> findWithDetails(java.util.Collection<Long> ids);

	default Optional<Investigation> latest(long caseId) {
		return findByCaseIdOrderByIdDesc(caseId).stream().findFirst();
	}

}
