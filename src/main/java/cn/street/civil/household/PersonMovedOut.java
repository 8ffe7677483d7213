package cn.street.civil.household;

import java.time.LocalDate;

/** A registered person moved out of the street (户籍迁出). Programmes react as to {@link PersonDeceased}. */
public record PersonMovedOut(long personId, long householdId, long communityId, LocalDate date) {
}
