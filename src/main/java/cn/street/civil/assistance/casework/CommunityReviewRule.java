package cn.street.civil.assistance.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.standard.CommunityReviewMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 民主评议 and the written rejection notice as procedure rules ({@link CaseGuard}), by the mode in force this
 * month ({@code COMMUNITY_REVIEW_MODE}):
 * <ul>
 * <li>{@link CaseAction#COMMUNITY_REVIEW}: refused when the mode is OFF; under ON_OBJECTION only after an objection
 * (from OBJECTED, the alternative to a re-investigation); under ALWAYS also before the first notice (from REVIEWED).
 * <li>{@link CaseAction#NOTICE}: under ALWAYS refused until a 民主评议 has passed; in any mode refused while the
 * latest 民主评议 held since the last notice has not passed (then the chief rejects, or — under ALWAYS — it is
 * held again).
 * <li>{@link CaseAction#NOTIFY_REJECTION}: once per case.
 * </ul>
 * Also the one place that reads the recorded 民主评议.
 */
@Component
public class CommunityReviewRule implements CaseGuard {

	private final JdbcClient jdbc;

	private final ProcedureParameters parameters;

	private final Clock clock;

	CommunityReviewRule(JdbcClient jdbc, ProcedureParameters parameters, Clock clock) {
		this.jdbc = jdbc;
		this.parameters = parameters;
		this.clock = clock;
	}

	@Override
	public void check(AssistanceCase c, CaseState from, CaseAction action) {
		if (c.getProgramme() != Programme.DIBAO) {
			return; // 民主评议 is a 低保 step here: 特困 has no route for it, so requiring it would block its notice
		}
		switch (action) {
			case COMMUNITY_REVIEW -> {
				CommunityReviewMode mode = mode();
				if (mode == CommunityReviewMode.OFF) {
					throw new BusinessRuleException("procedure.review.off");
				}
				if (mode == CommunityReviewMode.ON_OBJECTION && from != CaseState.OBJECTED) {
					throw new BusinessRuleException("procedure.review.only-after-objection");
				}
			}
			case NOTICE -> {
				Optional<CommunityReview> current = latestSinceLastNotice(c.getId());
				if (current.isPresent() && !current.get().passed()) {
					throw new BusinessRuleException("procedure.review.failed", current.get().agreed(),
							current.get().attended(), current.get().invited());
				}
				if (mode() == CommunityReviewMode.ALWAYS && reviews(c.getId()).stream().noneMatch(CommunityReview::passed)) {
					throw new BusinessRuleException("procedure.review.required");
				}
			}
			case NOTIFY_REJECTION -> {
				if (rejectionNotified(c.getId())) {
					throw new BusinessRuleException("procedure.rejection-notice.done");
				}
			}
			default -> {
			}
		}
	}

	/** The mode in force this month. */
	public CommunityReviewMode mode() {
		return parameters.communityReviewMode(YearMonth.from(LocalDate.now(clock)));
	}

	/** The case's 民主评议, oldest first. */
	public List<CommunityReview> reviews(long caseId) {
		return jdbc.sql(SELECT + " where case_id = :id order by id").param("id", caseId).query(CommunityReviewRule::row).list();
	}

	/** Whether the written 不予确认 notice has been recorded as delivered. */
	public boolean rejectionNotified(long caseId) {
		return jdbc.sql("select count(*) from assistance_case_transition where case_id = :id and action = 'NOTIFY_REJECTION'")
			.param("id", caseId)
			.query(Long.class)
			.single() > 0;
	}

	private Optional<CommunityReview> latestSinceLastNotice(long caseId) {
		return jdbc.sql(SELECT + """
				 where case_id = :id and recorded_at > coalesce((select max(t.acted_at) from assistance_case_transition t
				     where t.case_id = :id and t.action = 'NOTICE'), '-infinity'::timestamptz)
				 order by id desc limit 1
				""").param("id", caseId).query(CommunityReviewRule::row).optional();
	}

	private static final String SELECT = "select id, case_id, held_on, invited, attended, agreed, opinion, passed, "
			+ "recorded_by, recorded_at from assistance_community_review";

	private static CommunityReview row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CommunityReview(rs.getLong("id"), rs.getLong("case_id"), rs.getObject("held_on", LocalDate.class),
				rs.getInt("invited"), rs.getInt("attended"), rs.getInt("agreed"), rs.getString("opinion"),
				rs.getBoolean("passed"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

}
