package cn.street.civil.household;

import java.time.LocalDate;

/**
 * A person became a member of a household from {@code date}. {@code fromHouseholdId} is the household
 * they came from (moves, splits, merges), null for a newly registered person.
 */
public record MemberJoined(long householdId, long communityId, long personId, Relation relation, LocalDate date,
		MembershipCause cause, Long fromHouseholdId) implements RegistryEvent {
}
