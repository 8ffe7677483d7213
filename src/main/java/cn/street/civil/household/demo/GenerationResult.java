package cn.street.civil.household.demo;

import java.util.Map;

/**
 * What {@link StreetGenerator} made.
 *
 * @param personsByCommunity community id → persons generated there
 * @param over60 persons aged 60 or more at the reference date (likewise over80, over100)
 */
record GenerationResult(int households, int persons, Map<Long, Integer> personsByCommunity, int over60, int over80,
		int over100, int bankAccounts, int rural, long millis) {

	double share(int count) {
		return persons == 0 ? 0 : 100.0 * count / persons;
	}

}
