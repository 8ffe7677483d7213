package cn.street.civil.household;

import java.time.LocalDate;

/**
 * A registered person died on {@code date}; their membership of {@code householdId} ended that day.
 * Programmes flag every benefit the person holds as "needs termination"; nothing is deleted and nothing
 * keeps paying silently.
 */
public record PersonDeceased(long personId, long householdId, long communityId, LocalDate date)
		implements RegistryEvent {
}
