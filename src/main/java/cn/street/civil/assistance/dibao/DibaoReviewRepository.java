package cn.street.civil.assistance.dibao;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DibaoReviewRepository extends JpaRepository<DibaoReview, Long> {

	List<DibaoReview> findByCaseIdOrderByIdDesc(long caseId);

	Optional<DibaoReview> findByIdAndCaseId(long id, long caseId);

	default Optional<DibaoReview> open(long caseId) {
		return findByCaseIdOrderByIdDesc(caseId).stream().filter(DibaoReview::open).findFirst();
	}

}
