package cn.street.civil.household.internal;

import java.time.LocalDate;

import cn.street.civil.household.PersonStatus;
import cn.street.civil.household.Relation;
import cn.street.civil.shared.idcard.Sex;

/** A line of the person search. */
public record PersonRow(long id, String name, String idMasked, Sex sex, LocalDate birthDate, int age, String communityName,
		PersonStatus status, Long householdId, String householdNo, Relation relation) {
}
