package cn.street.civil.elderly.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ElderlyAssessmentRepository extends JpaRepository<ElderlyAssessment, Long> {

	List<ElderlyAssessment> findByPersonIdOrderByAssessedOnDescIdDesc(long personId);

	/** The level in force on {@code on}: the latest assessment on or before it. */
	@Query(value = """
			select * from elderly_assessment a where a.person_id = :personId and a.assessed_on <= :on
			order by a.assessed_on desc, a.id desc limit 1""", nativeQuery = true)
	Optional<ElderlyAssessment> latestOn(long personId, LocalDate on);

}
