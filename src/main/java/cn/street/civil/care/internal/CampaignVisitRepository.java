package cn.street.civil.care.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignVisitRepository extends JpaRepository<CampaignVisit, Long> {

	Optional<CampaignVisit> findByIdAndCampaignId(long id, long campaignId);

	long countByCampaignIdAndVisitedOnIsNull(long campaignId);

}
