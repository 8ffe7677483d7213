package cn.street.civil.household.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link StreetGenerator} should make: so many residents per community, from a fixed seed (the same plan
 * gives the same names, ages and 身份证号), with ages counted at the reference date.
 */
record GenerationPlan(List<CommunityTarget> communities, long seed, LocalDate referenceDate) {

	GenerationPlan {
		communities = List.copyOf(communities);
	}

	int persons() {
		return communities.stream().mapToInt(CommunityTarget::persons).sum();
	}

	/** One community of the plan; its name goes into the addresses, its code into the household numbers. */
	record CommunityTarget(long communityId, String code, String name, int persons) {
	}

}
