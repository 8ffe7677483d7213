package cn.street.civil.household;

import java.time.LocalDate;

/** The household has a new head from {@code date} (a change of head, or the head died or left). */
public record HeadChanged(long householdId, long communityId, Long previousHeadPersonId, long newHeadPersonId,
		LocalDate date) implements RegistryEvent {
}
