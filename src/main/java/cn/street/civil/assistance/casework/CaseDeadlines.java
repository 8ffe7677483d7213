package cn.street.civil.assistance.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.standard.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure's deadlines, in working days ({@link WorkingDays}), with the days of the standards in force this
 * month (a change of a deadline parameter applies to running cases from its month on):
 * <ul>
 * <li>{@link Kind#TOTAL}: from the application to the decision (open, not yet confirmed);
 * <li>{@link Kind#CONFIRMATION}: 审核确认 after the last day of the 公示 (on notice);
 * <li>{@link Kind#REJECTION_NOTICE}: the written 不予确认 notice after the decision (rejected, until recorded as
 * delivered: {@link CaseAction#NOTIFY_REJECTION}).
 * </ul>
 * A deadline is overdue the day after its due day. The list filters with the same rule in SQL ({@link #OVERDUE}):
 * {@code start + n working days < today} holds exactly when {@code start < today − n working days}, so the
 * query compares each start with a cutoff computed here, and the calendar counts in one place.
 */
@Component
@Transactional(readOnly = true)
public class CaseDeadlines {

	public enum Kind {

		TOTAL, CONFIRMATION, REJECTION_NOTICE

	}

	/**
	 * @param start the day the count starts after
	 * @param workingDaysLeft working days from today to the due day; negative when overdue
	 */
	public record Deadline(Kind kind, LocalDate start, int days, LocalDate due, int workingDaysLeft, boolean overdue) {
	}

	static final Set<CaseState> BEFORE_DECISION = Set.of(CaseState.APPLIED, CaseState.INVESTIGATED, CaseState.REVIEWED,
			CaseState.ON_NOTICE, CaseState.OBJECTED);

	/** The SQL rule of {@link #overdue}, over {@code assistance_case c}; bind with {@link #bindCutoffs}. */
	public static final String OVERDUE = """
			((c.state in ('APPLIED', 'INVESTIGATED', 'REVIEWED', 'ON_NOTICE', 'OBJECTED') and c.applied_on < :totalCutoff)
			 or (c.state = 'ON_NOTICE' and c.notice_end - 1 < :confirmationCutoff)
			 or (c.state = 'REJECTED' and c.decided_on < :rejectionCutoff and not exists (select 1
			     from assistance_case_transition dt where dt.case_id = c.id and dt.action = 'NOTIFY_REJECTION')))""";

	private final WorkingDays workingDays;

	private final ProcedureParameters parameters;

	private final CommunityReviewRule rule;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseDeadlines(WorkingDays workingDays, ProcedureParameters parameters, CommunityReviewRule rule, JdbcClient jdbc,
			Clock clock) {
		this.workingDays = workingDays;
		this.parameters = parameters;
		this.rule = rule;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The deadlines running on the case today. */
	public List<Deadline> of(AssistanceCase c) {
		LocalDate today = today();
		YearMonth month = YearMonth.from(today);
		List<Deadline> deadlines = new ArrayList<>();
		if (BEFORE_DECISION.contains(c.getState())) {
			deadlines.add(deadline(Kind.TOTAL, c.getAppliedOn(), parameters.totalDays(month), today));
		}
		if (c.getState() == CaseState.ON_NOTICE && c.getNoticeEnd() != null) {
			deadlines.add(deadline(Kind.CONFIRMATION, lastNoticeDay(c), parameters.confirmationDays(month), today));
		}
		if (c.getState() == CaseState.REJECTED && c.getDecidedOn() != null && !rule.rejectionNotified(c.getId())) {
			deadlines.add(deadline(Kind.REJECTION_NOTICE, c.getDecidedOn(), parameters.rejectionNoticeDays(month), today));
		}
		return deadlines;
	}

	/** The deadlines, or an empty list when a deadline parameter has no value this month. */
	public List<Deadline> ofOrNone(AssistanceCase c) {
		try {
			return of(c);
		}
		catch (BusinessRuleException ex) {
			return List.of();
		}
	}

	/** The last day of the 公示 (it is over on {@code noticeEnd}). */
	public static LocalDate lastNoticeDay(AssistanceCase c) {
		return c.getNoticeEnd().minusDays(1);
	}

	/** Binds the cutoffs {@link #OVERDUE} compares with, for today. */
	public JdbcClient.StatementSpec bindCutoffs(JdbcClient.StatementSpec spec) {
		LocalDate today = today();
		YearMonth month = YearMonth.from(today);
		return spec.param("totalCutoff", workingDays.plusWorkingDays(today, -parameters.totalDays(month)))
			.param("confirmationCutoff", workingDays.plusWorkingDays(today, -parameters.confirmationDays(month)))
			.param("rejectionCutoff", workingDays.plusWorkingDays(today, -parameters.rejectionNoticeDays(month)));
	}

	/** Which of these cases are overdue today. */
	public Set<Long> overdue(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(bindCutoffs(jdbc.sql("select c.id from assistance_case c where c.id in (:ids) and " + OVERDUE))
			.param("ids", caseIds)
			.query(Long.class)
			.list());
	}

	private Deadline deadline(Kind kind, LocalDate start, int days, LocalDate today) {
		LocalDate due = workingDays.plusWorkingDays(start, days);
		return new Deadline(kind, start, days, due, workingDays.workingDaysBetween(today, due), today.isAfter(due));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
