package cn.street.civil.household;

import java.time.LocalDate;
import java.time.Period;

import cn.street.civil.shared.idcard.Sex;

/**
 * A registered person as the programmes see them: no full 身份证号 or phone, only the masked number.
 * {@code householdId} is the current household (null after death or moving out).
 */
public record PersonSummary(long id, String name, String maskedIdNumber, Sex sex, LocalDate birthDate,
		PersonStatus status, LocalDate statusDate, long communityId, Long householdId) {

	/** Completed years on {@code date} (0 before the birth date). */
	public int ageOn(LocalDate date) {
		return birthDate.isAfter(date) ? 0 : Period.between(birthDate, date).getYears();
	}

	public boolean active() {
		return status == PersonStatus.ACTIVE;
	}

}
