package cn.street.civil.household.internal;

import cn.street.civil.household.ResidenceType;

/** A line of the household list and its Excel export. */
public record HouseholdRow(long id, String householdNo, long communityId, String communityName, String address,
		ResidenceType residenceType, String status, String headName, String headIdMasked, int memberCount) {
}
