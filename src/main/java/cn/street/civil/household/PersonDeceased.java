package cn.street.civil.household;

import java.time.LocalDate;

/**
 * A registered person died. Programmes listen and flag every benefit the person holds as "needs
 * termination"; nothing is deleted and nothing keeps paying silently.
 */
public record PersonDeceased(long personId, long householdId, long communityId, LocalDate date) {
}
