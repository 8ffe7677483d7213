package cn.street.civil.elderly.homecare;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EntitlementRepository extends JpaRepository<Entitlement, Long> {

	List<Entitlement> findByPersonIdOrderByValidFromDescIdDesc(long personId);

}
