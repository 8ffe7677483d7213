package cn.street.civil.assistance.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CaseChangeRepository extends Repository<CaseChange, Long> {

	CaseChange save(CaseChange change);

	List<CaseChange> findByCaseIdOrderByEffectiveMonthAscIdAsc(long caseId);

	/** The change in force in a month: the latest effective month on or before it, the last of that month. */
	@Query("""
			select ch from CaseChange ch where ch.caseId = :caseId and ch.effectiveMonth <= :month
			order by ch.effectiveMonth desc, ch.id desc limit 1""")
	Optional<CaseChange> inForce(long caseId, LocalDate month);

}
