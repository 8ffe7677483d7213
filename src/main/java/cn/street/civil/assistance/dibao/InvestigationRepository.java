package cn.street.civil.assistance.dibao;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestigationRepository extends JpaRepository<Investigation, Long> {

	List<Investigation> findByCaseIdOrderByIdDesc(long caseId);

	default Optional<Investigation> latest(long caseId) {
		return findByCaseIdOrderByIdDesc(caseId).stream().findFirst();
	}

}
