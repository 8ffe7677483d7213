package cn.street.civil.household;

import java.time.LocalDate;

/**
 * A person's 身份证号 was corrected (birth date and sex follow it). The numbers themselves are not in the
 * event; a programme that keeps something derived from them (a certificate number, an age tier) reads the
 * person again through {@link HouseholdDirectory}. {@code householdId} is the person's current or last household.
 */
public record IdNumberCorrected(long personId, long householdId, long communityId, LocalDate date)
		implements RegistryEvent {
}
