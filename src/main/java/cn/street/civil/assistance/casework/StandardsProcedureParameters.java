package cn.street.civil.assistance.casework;

import java.time.YearMonth;

import cn.street.civil.standard.CommunityReviewMode;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;

import org.springframework.stereotype.Component;

/** {@link ProcedureParameters} from the approved standards of the month. */
@Component
class StandardsProcedureParameters implements ProcedureParameters {

	private final Standards standards;

	StandardsProcedureParameters(Standards standards) {
		this.standards = standards;
	}

	@Override
	public CommunityReviewMode communityReviewMode(YearMonth month) {
		return standards.choice(StandardParameter.COMMUNITY_REVIEW_MODE, null, month, CommunityReviewMode.class);
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
