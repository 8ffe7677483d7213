package cn.street.civil.household;

import java.time.LocalDate;

/** The household's payout bank account was set, changed or removed ({@code removed}). No numbers in the event. */
public record BankAccountChanged(long householdId, long communityId, LocalDate date, boolean removed)
		implements RegistryEvent {
}
