package cn.street.civil.household.demo;

import cn.street.civil.household.ResidenceType;

import java.util.HashSet;
import java.util.Set;

import cn.street.civil.household.demo.GenerationPlan.CommunityTarget;

/** The addresses of one generated community: one to three estates named after it, or its village; none twice. */
final class DemoAddresses {

	private static final String DISTRICT = "济南市历城区";

	private static final String[] ESTATE_SUFFIXES = { "小区", "北区", "南区", "东区", "新村" };

	private final DemoRandom random;

	/** The community's name without 社区. */
	private final String place;

	private final String[] estates;

	private final int buildings;

	private final Set<String> given = new HashSet<>();

	DemoAddresses(CommunityTarget target, DemoRandom random) {
		this.random = random;
		this.place = target.name().endsWith("社区") ? target.name().substring(0, target.name().length() - 2)
				: target.name();
		int estateCount = 1 + random.nextInt(3);
		this.estates = new String[estateCount];
		int first = random.nextInt(ESTATE_SUFFIXES.length);
		for (int i = 0; i < estateCount; i++) {
			estates[i] = place + ESTATE_SUFFIXES[(first + i) % ESTATE_SUFFIXES.length];
		}
		this.buildings = Math.max(12, target.persons() / (40 * estateCount));
	}

	/** 济南市历城区洪苑小区12号楼3单元402, or for 农村 households 济南市历城区祝甸村5排12号; never twice. */
	String next(ResidenceType residence) {
		for (int attempt = 0;; attempt++) {
			String address;
			if (residence == ResidenceType.RURAL) {
				address = DISTRICT + place + "村" + random.between(1, 30 + attempt) + "排" + random.between(1, 40)
						+ "号";
			}
			else {
				address = DISTRICT + estates[random.nextInt(estates.length)]
						+ random.between(1, buildings + attempt / 10) + "号楼" + random.between(1, 6) + "单元"
						+ random.between(1, 7) + "0" + random.between(1, 3);
			}
			if (given.add(address)) {
				return address;
			}
		}
	}

}
