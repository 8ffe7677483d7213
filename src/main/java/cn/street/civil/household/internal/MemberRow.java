package cn.street.civil.household.internal;

import java.time.LocalDate;

import cn.street.civil.household.PersonStatus;
import cn.street.civil.household.Relation;
import cn.street.civil.shared.idcard.Sex;

/** A member on the household page: current members, and past ones with the end of their period. */
public record MemberRow(long personId, String name, String idMasked, Sex sex, LocalDate birthDate, int age, Relation relation,
		String phoneMasked, PersonStatus status, LocalDate validFrom, LocalDate validTo, String endReason) {

	public boolean current() {
		return validTo == null;
	}

}
