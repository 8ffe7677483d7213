package cn.street.civil.payout.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface PayoutBatchRepository extends JpaRepository<PayoutBatch, Long> {

	@Query("select b from PayoutBatch b where b.programme = :programme and b.month = :month and b.kind = 'REGULAR'")
	Optional<PayoutBatch> findRegular(String programme, LocalDate month);

	/** The batch locked for a decision: a second chief deciding at the same moment waits, then sees the outcome. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from PayoutBatch b where b.id = :id")
	Optional<PayoutBatch> findForUpdate(long id);

	List<PayoutBatch> findByOriginalBatchIdOrderById(long originalBatchId);

}
