package cn.street.civil.household.demo;

import java.time.LocalDate;
import java.time.Period;

import cn.street.civil.household.Relation;
import cn.street.civil.household.internal.Employment;
import cn.street.civil.household.internal.MaritalStatus;
import cn.street.civil.shared.idcard.Sex;

/** A generated resident before it is written. */
final class PersonDraft {

	Relation relation;

	String name;

	String surname;

	Sex sex;

	LocalDate birthDate;

	String idNumber;

	String ethnicity;

	String phone;

	MaritalStatus maritalStatus;

	Employment employment;

	String healthNotes;

	LocalDate validFrom;

	long id;

	String idCipher;

	String idHash;

	/** Full years on that day. */
	int ageOn(LocalDate day) {
		return Period.between(birthDate, day).getYears();
	}

}
