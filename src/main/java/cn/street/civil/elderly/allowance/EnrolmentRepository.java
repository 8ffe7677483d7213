package cn.street.civil.elderly.allowance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<AgeAllowanceEnrolment, Long> {

	List<AgeAllowanceEnrolment> findByPersonIdOrderByFirstMonthDescIdDesc(long personId);

}
