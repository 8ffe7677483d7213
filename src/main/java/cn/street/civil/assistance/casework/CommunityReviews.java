package cn.street.civil.assistance.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a 民主评议 as the step {@link CaseAction#COMMUNITY_REVIEW} of {@link CaseWorkflow#perform} (scope, role,
 * version, state; the mode through {@link CommunityReviewRule}); the row, the timeline line and the audit row in
 * one transaction. For every programme with a 公示.
 */
@Component
@Transactional
public class CommunityReviews {

	/** What the caseworker enters. */
	public record Command(LocalDate heldOn, Integer invited, Integer attended, Integer agreed, String opinion) {
	}

	private final CaseWorkflow workflow;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	CommunityReviews(CaseWorkflow workflow, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.workflow = workflow;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('STREET_CASEWORKER', 'COMMUNITY_CASEWORKER')")
	public void record(long id, Programme programme, long versionSeen, Command command, CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		if (command.heldOn() == null) {
			throw new FieldRuleException("heldOn", "procedure.review.held-on.required");
		}
		if (command.heldOn().isAfter(today)) {
			throw new FieldRuleException("heldOn", "procedure.review.held-on.future");
		}
		if (command.invited() == null || command.invited() < 1 || command.invited() > 500) {
			throw new FieldRuleException("invited", "procedure.review.invited.range");
		}
		if (command.attended() == null || command.attended() < 0 || command.attended() > command.invited()) {
			throw new FieldRuleException("attended", "procedure.review.attended.range");
		}
		if (command.agreed() == null || command.agreed() < 0 || command.agreed() > command.attended()) {
			throw new FieldRuleException("agreed", "procedure.review.agreed.range");
		}
		String opinion = command.opinion() == null ? "" : command.opinion().strip();
		if (opinion.isEmpty()) {
			throw new FieldRuleException("opinion", "procedure.review.opinion.required");
		}
		if (opinion.length() > 1000) {
			throw new FieldRuleException("opinion", "procedure.review.opinion.size");
		}
		boolean passed = CommunityReview.passes(command.invited(), command.attended(), command.agreed());
		String summary = messages.getMessage("procedure.review.timeline",
				new Object[] { command.heldOn().toString(), command.invited(), command.attended(), command.agreed(),
						messages.getMessage(passed ? "procedure.review.passed" : "procedure.review.not-passed", null,
								Locale.SIMPLIFIED_CHINESE),
						opinion },
				Locale.SIMPLIFIED_CHINESE);
		workflow.perform(id, programme, versionSeen, CaseAction.COMMUNITY_REVIEW, user, summary, c -> {
			if (command.heldOn().isBefore(c.getAppliedOn())) {
				throw new FieldRuleException("heldOn", "procedure.review.held-on.before-application");
			}
			jdbc.sql("""
					insert into assistance_community_review (case_id, held_on, invited, attended, agreed, opinion, passed,
					    recorded_by, recorded_at)
					values (:case, :held, :invited, :attended, :agreed, :opinion, :passed, :by, :at)
					""")
				.param("case", c.getId())
				.param("held", command.heldOn())
				.param("invited", command.invited())
				.param("attended", command.attended())
				.param("agreed", command.agreed())
				.param("opinion", opinion)
				.param("passed", passed)
				.param("by", user.getUsername())
				.param("at", Timestamp.from(clock.instant()))
				.update();
		});
	}

}
