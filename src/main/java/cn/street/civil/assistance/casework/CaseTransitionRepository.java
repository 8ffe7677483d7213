package cn.street.civil.assistance.casework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseTransitionRepository extends JpaRepository<CaseTransition, Long> {

	List<CaseTransition> findByCaseIdOrderByIdAsc(long caseId);

}
