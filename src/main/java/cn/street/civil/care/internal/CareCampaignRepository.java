package cn.street.civil.care.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareCampaignRepository extends JpaRepository<CareCampaign, Long> {

	boolean existsByKindAndYear(CampaignKind kind, int year);

}
