package cn.street.civil.care.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareRecipientRepository extends JpaRepository<CareRecipient, Long> {

	List<CareRecipient> findByPersonIdOrderByIdDesc(long personId);

	List<CareRecipient> findByPersonIdAndStoppedFromIsNull(long personId);

	boolean existsByPersonIdAndCategoryAndStoppedFromIsNull(long personId, CareCategory category);

}
