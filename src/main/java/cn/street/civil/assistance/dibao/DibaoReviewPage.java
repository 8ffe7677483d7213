package cn.street.civil.assistance.dibao;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseChange;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.ChangeKind;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * What the case page shows of 动态管理: the review class and the next review, 渐退至, the predecessor and
 * successor cases (停旧建新), the change history (变更记录) and the review history, and the review class the
 * confirmation defaults to.
 */
@Component
@Transactional(readOnly = true)
class DibaoReviewPage {

	private final CaseWorkflow workflow;

	private final DibaoReviewService reviews;

	private final DibaoReviewSchedule schedule;

	private final InvestigationRepository investigations;

	private final AssistanceCaseRepository cases;

	private final java.time.Clock clock;

	DibaoReviewPage(CaseWorkflow workflow, DibaoReviewService reviews, DibaoReviewSchedule schedule,
			InvestigationRepository investigations, AssistanceCaseRepository cases, java.time.Clock clock) {
		this.clock = clock;
		this.workflow = workflow;
		this.reviews = reviews;
		this.schedule = schedule;
		this.investigations = investigations;
		this.cases = cases;
	}

	void addTo(Model model, AssistanceCase c, CurrentUser user) {
		List<CaseChange> changes = workflow.changes(c);
		List<DibaoReview> history = reviews.reviews(c);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("changes", changes);
		// the case's current figures are its latest decision; when that starts after this month, the page says
		// from when, and what is paid until then
		java.time.YearMonth thisMonth = java.time.YearMonth.from(today);
		CaseChange upcoming = changes.stream()
			.filter(ch -> ch.getEffectiveMonth().isAfter(thisMonth))
			.reduce((a, b) -> b)
			.orElse(null);
		model.addAttribute("upcomingChange", upcoming);
		model.addAttribute("amountBeforeUpcoming", upcoming == null ? null : changes.stream()
			.filter(ch -> ch.getEffectiveMonth().isBefore(upcoming.getEffectiveMonth()))
			.reduce((a, b) -> b)
			.map(CaseChange::getMonthlyAmount)
			.orElse(java.math.BigDecimal.ZERO));
		model.addAttribute("reviews", history);
		model.addAttribute("openReview", history.stream().filter(DibaoReview::open).findFirst().orElse(null));
		model.addAttribute("reviewClasses", ReviewClass.values());
		model.addAttribute("defaultReviewClass",
				schedule.defaultFor(c, investigations.latest(c.getId()).orElse(null), c.getAppliedOn()));
		model.addAttribute("phaseOutUntil", changes.stream()
			.filter(ch -> ch.getKind() == ChangeKind.PHASE_OUT)
			.reduce((a, b) -> b)
			.map(CaseChange::getPhaseOutUntil)
			.orElse(null));
		Optional<AssistanceCase> predecessor = c.getPredecessorCaseId() == null ? Optional.empty()
				: cases.findById(c.getPredecessorCaseId()).filter(p -> user.scope().includes(p.getCommunityId()));
		model.addAttribute("predecessor", predecessor.orElse(null));
		model.addAttribute("successors", cases.findByPredecessorCaseIdOrderByIdAsc(c.getId()));
		boolean confirmed = c.getState() == CaseState.CONFIRMED;
		model.addAttribute("canStartReview", confirmed && history.stream().noneMatch(DibaoReview::open)
				&& (user.role() == Role.COMMUNITY_CASEWORKER || user.role() == Role.STREET_CASEWORKER));
		model.addAttribute("canChangeClass", confirmed && user.role() == Role.STREET_CASEWORKER);
		model.addAttribute("reviewOverdue", confirmed && c.getNextReviewOn() != null
				&& c.getNextReviewOn().isBefore(today));
		model.addAttribute("reviewDue", confirmed && c.getNextReviewOn() != null
				&& !c.getNextReviewOn().isAfter(YearMonth.from(today).atEndOfMonth()));
	}

}
