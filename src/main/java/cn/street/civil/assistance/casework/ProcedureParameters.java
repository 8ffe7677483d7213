package cn.street.civil.assistance.casework;

import java.time.YearMonth;

import cn.street.civil.standard.CommunityReviewMode;

/**
 * The procedure's dated parameters (民主评议 mode, deadlines in working days) for a month, from the standards
 * ({@link StandardsProcedureParameters}); a month without a value is refused naming the parameter.
 */
public interface ProcedureParameters {

	CommunityReviewMode communityReviewMode(YearMonth month);

	/** 审核确认 within this many working days after the 公示 ends. */
	int confirmationDays(YearMonth month);

	/** 不予确认: the written notice within this many working days. */
	int rejectionNoticeDays(YearMonth month);

	/** The whole procedure, application to decision, in working days. */
	int totalDays(YearMonth month);

}
