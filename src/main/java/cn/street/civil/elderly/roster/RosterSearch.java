package cn.street.civil.elderly.roster;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The roster's filters.
 *
 * @param q name prefix
 * @param band age band at {@code on}
 * @param programme DIBAO, TEKUN, EDGE (in force at {@code on}) or ALLOWANCE (高龄补贴 in payment)
 * @param on the reference date (today when empty): age, living persons, household and programmes of that day
 */
public record RosterSearch(String q, Long communityId, AgeBand band, Boolean livesAlone, Boolean emptyNest,
		AbilityLevel level, RosterProgramme programme, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

	public static RosterSearch empty() {
		return new RosterSearch(null, null, null, null, null, null, null, null);
	}

	public RosterSearch on(LocalDate date) {
		return new RosterSearch(q, communityId, band, livesAlone, emptyNest, level, programme, date);
	}

	boolean onlyLivingAlone() {
		return Boolean.TRUE.equals(livesAlone);
	}

	boolean onlyEmptyNest() {
		return Boolean.TRUE.equals(emptyNest);
	}

}
