package cn.street.civil.household;

import java.time.LocalDate;
import java.time.Period;

import cn.street.civil.shared.idcard.Sex;

/** A member of a household on a given date, with the relation to the head and the birth date. */
public record HouseholdMember(long personId, String name, Relation relation, Sex sex, LocalDate birthDate,
		PersonStatus status, LocalDate memberSince) {

	public int ageOn(LocalDate date) {
		return birthDate.isAfter(date) ? 0 : Period.between(birthDate, date).getYears();
	}

	public boolean head() {
		return relation == Relation.HEAD;
	}

}
