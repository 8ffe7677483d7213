package cn.street.civil.elderly.roster;

import java.time.LocalDate;

import cn.street.civil.shared.idcard.Sex;

/** One 60+ person of the roster at the reference date, with the caseworkers' additions and the programmes. */
public record RosterRow(long personId, String name, String maskedIdNumber, Sex sex, LocalDate birthDate, int age,
		long communityId, String communityName, String householdNo, Long householdId, String address,
		boolean livesAlone, boolean emptyNest, AbilityLevel level, LocalDate assessedOn, String contactName,
		String maskedContactPhone, boolean dibao, boolean tekun, boolean edge, boolean allowance) {

	public AgeBand band() {
		return AgeBand.of(age);
	}

}
