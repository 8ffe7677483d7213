package cn.street.civil.elderly.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SettlementRepository extends JpaRepository<Settlement, Long> {

	@Query(value = "select * from home_care_settlement where provider_id = :providerId and month = :month", nativeQuery = true)
	Optional<Settlement> findOne(long providerId, LocalDate month);

	@Query(value = "select * from home_care_settlement order by month desc, provider_id", nativeQuery = true)
	List<Settlement> newestFirst();

}
