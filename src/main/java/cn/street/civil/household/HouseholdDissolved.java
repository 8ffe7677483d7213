package cn.street.civil.household;

import java.time.LocalDate;

/**
 * The household ceased to exist on {@code date}: its last member left, or it was merged into
 * {@code mergedIntoHouseholdId} (null when it simply emptied).
 */
public record HouseholdDissolved(long householdId, long communityId, LocalDate date, Long mergedIntoHouseholdId)
		implements RegistryEvent {
}
