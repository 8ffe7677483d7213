package cn.street.civil.household;

import java.time.LocalDate;

/**
 * A living person left a household on {@code date} for another household of the street
 * ({@code toHouseholdId}): a move, a split or a merge. Death and moving out of the street are
 * {@link PersonDeceased} and {@link PersonMovedOut}, which also end the membership.
 */
public record MemberLeft(long householdId, long communityId, long personId, LocalDate date, MembershipCause cause,
		long toHouseholdId) implements RegistryEvent {
}
