package cn.street.civil.disability.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<DisabilityCertificate, Long> {

	/** The person's certificates, the valid one first. */
	List<DisabilityCertificate> findByPersonIdOrderByRevokedOnDescIdDesc(long personId);

	Optional<DisabilityCertificate> findByPersonIdAndRevokedOnIsNull(long personId);

}
