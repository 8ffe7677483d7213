package cn.street.civil.disability.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AidRepository extends JpaRepository<DisabilityAid, Long> {

	List<DisabilityAid> findByCertificateIdOrderByIssuedOnDescIdDesc(long certificateId);

}
