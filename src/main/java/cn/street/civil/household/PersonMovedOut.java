package cn.street.civil.household;

import java.time.LocalDate;

/** A registered person moved out of the street (户籍迁出) on {@code date}. Programmes react as to {@link PersonDeceased}. */
public record PersonMovedOut(long personId, long householdId, long communityId, LocalDate date)
		implements RegistryEvent {
}
