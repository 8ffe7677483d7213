package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.street.civil.assistance.casework.CaseState;

/** One case on the list pages and in the export. */
public record CaseRow(long id, String householdNo, long communityId, String communityName, String applicantName,
		int coveredCount, CaseState state, LocalDate appliedOn, BigDecimal monthlyAmount, boolean needsReview,
		boolean staffRelated, String relatedStaff) {
}
