package cn.street.civil.assistance.tekun;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.street.civil.assistance.casework.CaseState;

/** One 特困 case on the list and in the export; the 供养形式 and tier are the latest assessment's. */
public record TekunRow(long id, String householdNo, long communityId, String communityName, String personName,
		String applicantName, CaseState state, LocalDate appliedOn, SupportForm supportForm, CareTier tier,
		BigDecimal monthlyAmount, LocalDate reviewDueOn, boolean needsReview) {

	public boolean reviewDueBy(LocalDate today) {
		return reviewDueOn != null && !reviewDueOn.isAfter(today);
	}

}
