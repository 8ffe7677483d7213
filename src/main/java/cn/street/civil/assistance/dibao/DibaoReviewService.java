package cn.street.civil.assistance.dibao;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CaseAction;
import cn.street.civil.assistance.casework.CaseAmount;
import cn.street.civil.assistance.casework.CaseChange;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.TerminationReason;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;
import cn.street.civil.shared.web.NotFoundException;
import cn.street.civil.standard.StandardParameter;
import cn.street.civil.standard.Standards;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 低保 动态管理: the periodic 复核 of a case in payment and its review class. Every step is a
 * {@link CaseWorkflow} transition of the case (scope, role, version, state, timeline, audit); each step also
 * bumps the case's version, so a page shown before it is stale (409) and a double submit changes nothing.
 * <p>
 * The caseworker (community or street) records the review and proposes the outcome; the chief decides it,
 * as the chief confirms and terminates cases (the amount decisions of the street), and never the person who
 * recorded or proposed the review (four eyes).
 */
@Service
@Transactional
public class DibaoReviewService {

	private static final Programme DIBAO = Programme.DIBAO;

	private final CaseWorkflow workflow;

	private final DibaoService dibao;

	private final DibaoReviewRepository reviews;

	private final InvestigationRepository investigations;

	private final DibaoAmounts amounts;

	private final DibaoReviewSchedule schedule;

	private final Standards standards;

	private final EntityManager entityManager;

	private final Clock clock;

	DibaoReviewService(CaseWorkflow workflow, DibaoService dibao, DibaoReviewRepository reviews,
			InvestigationRepository investigations, DibaoAmounts amounts, DibaoReviewSchedule schedule,
			Standards standards, EntityManager entityManager, Clock clock) {
		this.workflow = workflow;
		this.dibao = dibao;
		this.reviews = reviews;
		this.investigations = investigations;
		this.amounts = amounts;
		this.schedule = schedule;
		this.standards = standards;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public List<DibaoReview> reviews(AssistanceCase c) {
		return reviews.findByCaseIdOrderByIdDesc(c.getId());
	}

	/** The review of the case (already loaded in the user's scope); another case's review is not found. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public DibaoReview review(AssistanceCase c, long reviewId) {
		return reviews.findByIdAndCaseId(reviewId, c.getId())
			.orElseThrow(() -> new NotFoundException("DibaoReview", reviewId));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public Investigation investigation(DibaoReview review) {
		return investigations.findById(review.getInvestigationId()).orElseThrow();
	}

	/** The review's amount for a month with that month's terms (for the page), or null if it cannot be computed. */
	@Transactional(readOnly = true)
	@PreAuthorize(Roles.CASE_READ)
	public DibaoAmount amount(AssistanceCase c, DibaoReview review, YearMonth month) {
		try {
			return amounts.of(c, investigation(review), month);
		}
		catch (BusinessRuleException ex) {
			return null;
		}
	}

	/** The 复核's home visit and new incomes; returns the review's id. */
	@PreAuthorize(Roles.CASE_WRITE)
	public long record(long caseId, InvestigationForm form, CurrentUser user) {
		dibao.checkInvestigation(form);
		long[] id = { 0 };
		workflow.perform(caseId, DIBAO, form.getVersion(), CaseAction.REVIEW_RECORD, user, form.getConclusion(), c -> {
			if (reviews.open(c.getId()).isPresent()) {
				throw new BusinessRuleException("dibao.review.rule.open-exists");
			}
			Investigation investigation = dibao.saveInvestigation(c, form, user);
			YearMonth month = nextMonth();
			DibaoAmount recomputed = amounts.of(c, investigation, month);
			BigDecimal current = workflow.changeInForce(c, month)
				.map(CaseChange::getMonthlyAmount)
				.orElse(c.getMonthlyAmount());
			id[0] = reviews.save(new DibaoReview(c.getId(), investigation, month, recomputed, current,
					user.getUsername(), clock.instant())).getId();
			touch(c);
		});
		return id[0];
	}

	@PreAuthorize(Roles.CASE_WRITE)
	public void propose(long caseId, long reviewId, ReviewProposalForm form, CurrentUser user) {
		String note = strip(form.getProposal());
		workflow.perform(caseId, DIBAO, form.getVersion(), CaseAction.REVIEW_PROPOSE, user, note, c -> {
			DibaoReview review = inStatus(c, reviewId, CaseAction.REVIEW_PROPOSE, DibaoReview.Status.RECORDED,
					DibaoReview.Status.RETURNED);
			evaluate(c, review, form.getOutcome(), form.getEffectiveMonth(), form.getTerminationReason());
			review.propose(form.getOutcome(), form.getEffectiveMonth(), form.getTerminationReason(), note,
					user.getUsername(), clock.instant());
			touch(c);
		});
	}

	/**
	 * The chief decides the proposed outcome: one dated change effective from the proposed month, the amounts
	 * recomputed with that month's terms. 渐退 and 终止 end the case (渐退: paid on to the last 渐退 month).
	 */
	@PreAuthorize(Roles.APPROVE)
	public void decide(long caseId, long reviewId, long version, String comment, CurrentUser user) {
		AssistanceCase loaded = workflow.get(caseId, DIBAO, user.scope());
		DibaoReview proposed = review(loaded, reviewId);
		CaseAction action = proposed.getOutcome() != null && proposed.getOutcome().ends() ? CaseAction.TERMINATE
				: CaseAction.REVIEW_DECIDE;
		String text = strip(comment);
		workflow.perform(caseId, DIBAO, version, action, user, text, c -> {
			DibaoReview review = inStatus(c, reviewId, CaseAction.REVIEW_DECIDE, DibaoReview.Status.PROPOSED);
			if (user.getUsername().equals(review.getRecordedBy()) || user.getUsername().equals(review.getProposedBy())) {
				throw new BusinessRuleException("dibao.review.rule.four-eyes");
			}
			YearMonth effective = review.getEffectiveMonth();
			Decision d = evaluate(c, review, review.getOutcome(), effective, review.getTerminationReason());
			String reason = reason(review, text);
			YearMonth phaseOutUntil = null;
			switch (review.getOutcome()) {
				case KEEP -> workflow.recordChange(c, review.getOutcome().kind(), effective, d.current(), null, reason,
						null, user.getUsername());
				case INCREASE, DECREASE -> workflow.recordChange(c, review.getOutcome().kind(), effective,
						d.recomputed().asCaseAmount(), null, reason, null, user.getUsername());
				case PHASE_OUT -> {
					int months = standards.integer(StandardParameter.PHASE_OUT_MONTHS, null, effective);
					phaseOutUntil = effective.plusMonths(Math.max(months, 1) - 1L);
					workflow.recordChange(c, review.getOutcome().kind(), effective, d.current(), phaseOutUntil, reason,
							null, user.getUsername());
					workflow.recordEnd(c, phaseOutUntil.plusMonths(1), reason, user.getUsername());
					c.terminate(today(), TerminationReason.INCOME_ABOVE_LINE, phaseOutUntil);
					c.clearReview();
				}
				case TERMINATE -> {
					workflow.recordEnd(c, effective, reason, user.getUsername());
					c.terminate(today(), review.getTerminationReason(), effective.minusMonths(1));
					c.clearReview();
				}
			}
			if (!review.getOutcome().ends()) {
				schedule.afterReview(c, today());
			}
			review.decide(phaseOutUntil, text, user.getUsername(), clock.instant());
			touch(c);
		});
	}

	/** The chief sends the proposal back (with the reason); the caseworker proposes again. */
	@PreAuthorize(Roles.APPROVE)
	public void sendBack(long caseId, long reviewId, long version, String reason, CurrentUser user) {
		if (reason == null || reason.isBlank()) {
			throw new FieldRuleException("comment", "dibao.review.rule.return-reason");
		}
		String text = reason.strip();
		workflow.perform(caseId, DIBAO, version, CaseAction.REVIEW_RETURN, user, text, c -> {
			inStatus(c, reviewId, CaseAction.REVIEW_RETURN, DibaoReview.Status.PROPOSED).sendBack(text);
			touch(c);
		});
	}

	/** The street caseworker sets the case's review class; the next review is due by the new class's interval. */
	@PreAuthorize(Roles.STREET_PREPARE)
	public void changeClass(long caseId, long version, ReviewClass reviewClass, CurrentUser user) {
		if (reviewClass == null) {
			throw new FieldRuleException("reviewClass", "dibao.review.form.class.required");
		}
		workflow.perform(caseId, DIBAO, version, CaseAction.REVIEW_CLASS, user, reviewClass.name(), c -> {
			schedule.changeClass(c, reviewClass, today());
			touch(c);
		});
	}

	/** The amounts a decision uses, after the outcome's rule was checked. */
	record Decision(DibaoAmount recomputed, CaseAmount current) {
	}

	/**
	 * Whether the outcome fits the review's incomes with the terms of the effective month: keep / increase /
	 * decrease only while eligible (and up or down as named); 渐退 when S × n ≤ I < band × S × n; 终止 for income
	 * only at or above the band; the month not in the past nor before the case's latest change.
	 */
	Decision evaluate(AssistanceCase c, DibaoReview review, ReviewOutcome outcome, YearMonth effective,
			TerminationReason reason) {
		if (outcome == null) {
			throw new FieldRuleException("outcome", "dibao.review.form.outcome.required");
		}
		if (effective == null) {
			throw new FieldRuleException("effectiveMonth", "dibao.review.form.month.required");
		}
		if (!effective.isAfter(YearMonth.from(today()))) {
			// this month may already be paid out: a decision takes effect from next month at the earliest
			throw new FieldRuleException("effectiveMonth", "dibao.review.rule.month-past");
		}
		List<CaseChange> changes = workflow.changes(c);
		YearMonth latest = changes.stream().map(CaseChange::getEffectiveMonth).max(YearMonth::compareTo).orElse(effective);
		if (effective.isBefore(latest)) {
			throw new FieldRuleException("effectiveMonth", "dibao.review.rule.month-before-latest", latest.toString());
		}
		CaseAmount current = workflow.changeInForce(c, effective)
			.map(CaseChange::amount)
			.orElseThrow(() -> new FieldRuleException("effectiveMonth", "dibao.review.rule.month-before-latest",
					latest.toString()));
		DibaoAmount a = amounts.of(c, investigation(review), effective);
		BigDecimal line = a.standard().multiply(BigDecimal.valueOf(a.covered()));
		BigDecimal band = line.multiply(standards.ratio(StandardParameter.PHASE_OUT_BAND_MULTIPLIER, null, effective));
		boolean belowBand = a.countedIncome().compareTo(band) < 0;
		switch (outcome) {
			case KEEP -> require(a.eligible(), "dibao.review.rule.keep", a);
			case INCREASE -> require(a.eligible() && a.total().compareTo(current.total()) > 0, "dibao.review.rule.increase", a);
			case DECREASE -> require(a.eligible() && a.total().compareTo(current.total()) < 0, "dibao.review.rule.decrease", a);
			case PHASE_OUT -> require(!a.eligible() && belowBand, "dibao.review.rule.phase-out", a);
			case TERMINATE -> {
				if (reason == null || !TerminationReason.DIBAO.contains(reason)) {
					throw new FieldRuleException("terminationReason", "assistance.rule.termination-reason");
				}
				if (reason == TerminationReason.INCOME_ABOVE_LINE && belowBand) {
					throw new FieldRuleException("terminationReason", "dibao.review.rule.terminate-income",
							a.perCapitaIncome().toPlainString(), a.standard().toPlainString());
				}
			}
		}
		return new Decision(a, current);
	}

	private static void require(boolean ok, String code, DibaoAmount a) {
		if (!ok) {
			throw new FieldRuleException("outcome", code, a.perCapitaIncome().toPlainString(),
					a.standard().toPlainString(), a.total().toPlainString());
		}
	}

	private DibaoReview inStatus(AssistanceCase c, long reviewId, CaseAction action, DibaoReview.Status... allowed) {
		DibaoReview review = review(c, reviewId);
		if (!java.util.Arrays.asList(allowed).contains(review.getStatus())) {
			throw new BusinessRuleException("dibao.review.rule.wrong-state", new DefaultMessageSourceResolvable(action.labelKey()),
					new DefaultMessageSourceResolvable("dibao.review.status." + review.getStatus()));
		}
		return review;
	}

	/** The change's reason: the chief's comment, else the caseworker's proposal (at most 500 characters). */
	private static String reason(DibaoReview review, String comment) {
		String text = comment != null ? comment : review.getProposal();
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

	/** Each review step changes the case: a page shown before it is stale. */
	private void touch(AssistanceCase c) {
		entityManager.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private YearMonth nextMonth() {
		return YearMonth.from(today()).plusMonths(1);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
