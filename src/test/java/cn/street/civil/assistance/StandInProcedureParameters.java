package cn.street.civil.assistance;

import java.time.YearMonth;

import cn.street.civil.assistance.casework.ProcedureParameters;
import cn.street.civil.standard.CommunityReviewMode;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The procedure parameters of the shared test context: the real dated standards (the demo street's: 民主评议 on
 * objection, 10 / 3 / 30 working days), unless a test sets the 民主评议 mode it needs ({@link #mode}); {@link #reset}
 * goes back to the standards.
 */
@Component
@Primary
public class StandInProcedureParameters implements ProcedureParameters {

	private final Standards standards;

	private volatile CommunityReviewMode mode;

	StandInProcedureParameters(Standards standards) {
		this.standards = standards;
	}

	public void mode(CommunityReviewMode mode) {
		this.mode = mode;
	}

	public void reset() {
		this.mode = null;
	}

	@Override
	public CommunityReviewMode communityReviewMode(YearMonth month) {
		CommunityReviewMode set = mode;
		return set != null ? set
				: standards.choice(StandardParameter.COMMUNITY_REVIEW_MODE, null, month, CommunityReviewMode.class);
	}

	@Override
	public int confirmationDays(YearMonth month) {
		return standards.integer(StandardParameter.CONFIRMATION_DEADLINE_DAYS, null, month);
	}

	@Override
	public int rejectionNoticeDays(YearMonth month) {
		return standards.integer(StandardParameter.REJECTION_NOTICE_DAYS, null, month);
	}

	@Override
	public int totalDays(YearMonth month) {
		return standards.integer(StandardParameter.TOTAL_DEADLINE_DAYS, null, month);
	}

}
