package cn.street.civil.assistance.dibao;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RestandardBatchRepository extends JpaRepository<RestandardBatch, Long> {

	boolean existsByMonthAndStatus(LocalDate month, RestandardBatch.Status status);

	List<RestandardBatch> findTop50ByOrderByIdDesc();

}
