package cn.street.civil.assistance.tekun;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TekunAssessmentRepository extends JpaRepository<TekunAssessment, Long> {

	List<TekunAssessment> findByCaseIdOrderByIdDesc(long caseId);

	/** The latest assessment of the case (investigation or 年审): what the case stands on now. */
	default Optional<TekunAssessment> latest(long caseId) {
		return findByCaseIdOrderByIdDesc(caseId).stream().findFirst();
	}

}
