package cn.street.civil.assistance.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Consumer;

import cn.street.civil.shared.audit.AuditRecord;
import cn.street.civil.shared.persistence.OptimisticLock;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.DataScope;
import cn.street.civil.shared.web.NotFoundException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a case changes state, for every programme: the case is loaded in the user's scope (404
 * outside it), the role is checked (403), then the version the user saw (409 when stale, so a double
 * submit changes nothing the second time), then the state and the four-eyes rule ({@link AssistanceCase#move});
 * the programme's step runs, and the timeline line and the audit row are written in the same transaction.
 */
@Component
@Transactional
public class CaseWorkflow {

	private final AssistanceCaseRepository cases;

	private final CaseTransitionRepository timeline;

	private final CaseChangeRepository changes;

	private final CoverageRule coverage;

	private final ApplicationEventPublisher publisher;

	private final MessageSource messages;

	private final Clock clock;

	private final List<CaseGuard> guards;

	/** For the version increment of steps that change only other tables (民主评议, a 年审 that keeps the amount). */
	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	CaseWorkflow(AssistanceCaseRepository cases, CaseTransitionRepository timeline, CaseChangeRepository changes,
			CoverageRule coverage,
			ApplicationEventPublisher publisher, MessageSource messages, Clock clock, List<CaseGuard> guards) {
		this.guards = guards;
		this.cases = cases;
		this.timeline = timeline;
		this.changes = changes;
		this.coverage = coverage;
		this.publisher = publisher;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AssistanceCase get(long id, Programme programme, DataScope scope) {
		return cases.findInScope(id, programme, scope).orElseThrow(() -> new NotFoundException("AssistanceCase", id));
	}

	@Transactional(readOnly = true)
	public List<CaseTransition> timeline(AssistanceCase c) {
		return timeline.findByCaseIdOrderByIdAsc(c.getId());
	}

	/** The case's dated amount decisions, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseChange> changes(AssistanceCase c) {
		return changes.findByCaseIdOrderByEffectiveMonthAscIdAsc(c.getId());
	}

	/** The amount decision in force in {@code month}, if the case has one by then. */
	@Transactional(readOnly = true)
	public Optional<CaseChange> changeInForce(AssistanceCase c, YearMonth month) {
		return changes.inForce(c.getId(), month.atDay(1));
	}

	/**
	 * Records a dated amount decision (confirmation, review outcome, 调标, termination) and makes it the case's
	 * current amount; called by a programme inside {@link #perform}'s step, so it shares the transition's
	 * transaction, timeline line and audit row.
	 *
	 * @param phaseOutUntil the last month of a 渐退, else null
	 * @param batchId the 调标 batch, else null
	 */
	public CaseChange recordChange(AssistanceCase c, ChangeKind kind, YearMonth effective, CaseAmount amount,
			@Nullable YearMonth phaseOutUntil, @Nullable String reason, @Nullable Long batchId, String decidedBy) {
		CaseChange change = changes.save(new CaseChange(c.getId(), kind, effective, amount, phaseOutUntil, reason,
				batchId, decidedBy, clock.instant()));
		if (kind != ChangeKind.TERMINATE) {
			c.amountChanged(amount);
		}
		return change;
	}

	/**
	 * Ends what the case pays from {@code firstUnpaid}: a TERMINATE change then, and one more at each later month
	 * that already has a change (a 调标 or a decided review effective later), so no later decision resumes
	 * paying. Called inside {@link #perform}'s step, like {@link #recordChange}.
	 */
	public void recordEnd(AssistanceCase c, YearMonth firstUnpaid, @Nullable String reason, String decidedBy) {
		List<YearMonth> later = changes(c).stream()
			.map(CaseChange::getEffectiveMonth)
			.filter(m -> m.isAfter(firstUnpaid))
			.distinct()
			.sorted()
			.toList();
		recordChange(c, ChangeKind.TERMINATE, firstUnpaid, CaseAmount.NOTHING, null, reason, null, decidedBy);
		later.forEach(m -> recordChange(c, ChangeKind.TERMINATE, m, CaseAmount.NOTHING, null, reason, null, decidedBy));
	}

	/**
	 * 停旧建新, done by the system on a registry event: the case in payment ends (death of the applicant, paid
	 * up to the month of death) and, if anyone covered remains, a successor case is opened for them with the
	 * given applicant, linked to its predecessor, carrying its materials and flagged for review. Returns the
	 * successor, empty when nobody remains or the case is not in payment.
	 */
	public Optional<AssistanceCase> succeed(long caseId, LocalDate died, String endReason, long applicantPersonId,
			String applicantName, List<CoveredMember> remaining, String successorReason) {
		AssistanceCase old = cases.findById(caseId).orElseThrow(() -> new NotFoundException("AssistanceCase", caseId));
		if (!CaseAction.SUCCEED.allowedFrom(old.getState())) {
			return Optional.empty();
		}
		CaseState from = old.moveBySystem(CaseAction.SUCCEED);
		YearMonth lastPaid = YearMonth.from(died);
		old.terminate(LocalDate.now(clock), TerminationReason.DEATH, lastPaid);
		recordEnd(old, lastPaid.plusMonths(1), endReason, AssistanceCase.SYSTEM);
		cases.saveAndFlush(old);
		record(old, from, CaseAction.SUCCEED, AssistanceCase.SYSTEM, endReason);
		if (remaining.isEmpty()) {
			return Optional.empty();
		}
		coverage.check(old.getProgramme(), old.getHouseholdId(),
				remaining.stream().map(CoveredMember::getPersonId).toList());
		AssistanceCase next = cases.saveAndFlush(AssistanceCase.successorOf(old, applicantPersonId, applicantName,
				remaining, LocalDate.now(clock), successorReason));
		record(next, null, CaseAction.APPLY, AssistanceCase.SYSTEM, successorReason);
		return Optional.of(next);
	}

	/** Opens a case (the coverage rule first) and writes its first timeline line. */
	public AssistanceCase open(AssistanceCase.Application application, CurrentUser user, String comment) {
		if (!user.scope().includes(application.communityId())) {
			throw new NotFoundException("Household", application.householdId());
		}
		coverage.check(application.programme(), application.householdId(),
				application.members().stream().map(CoveredMember::getPersonId).toList());
		AssistanceCase c = cases.saveAndFlush(AssistanceCase.apply(application, user));
		record(c, null, CaseAction.APPLY, user.getUsername(), comment);
		return c;
	}

	/**
	 * Opens a case continuing {@code predecessor}'s investigated and reviewed application under another
	 * programme (the coverage rule first); its first timeline line says where it comes from.
	 */
	public AssistanceCase openContinuing(AssistanceCase.Application application, AssistanceCase predecessor,
			CurrentUser user, String comment) {
		if (!user.scope().includes(application.communityId())) {
			throw new NotFoundException("Household", application.householdId());
		}
		coverage.check(application.programme(), application.householdId(),
				application.members().stream().map(CoveredMember::getPersonId).toList());
		AssistanceCase c = cases.saveAndFlush(AssistanceCase.continuing(application, predecessor));
		record(c, null, CaseAction.APPLY, user.getUsername(), comment);
		return c;
	}

	/**
	 * Takes {@code action} on the case as {@code user}, who saw {@code versionSeen}; {@code step} sets the
	 * programme's data of the step (and may still refuse, which undoes everything).
	 */
	public AssistanceCase perform(long id, Programme programme, long versionSeen, CaseAction action, CurrentUser user,
			String comment, Consumer<AssistanceCase> step) {
		AssistanceCase c = get(id, programme, user.scope());
		if (!action.allowedFor(user.role())) {
			throw new AccessDeniedException(action + ": " + user.role());
		}
		OptimisticLock.check(c, versionSeen, id);
		CaseState from = c.move(action, user);
		guards.forEach(guard -> guard.check(c, from, action));
		step.accept(c);
		// every step is a new version of the case, also one that writes only other tables: the next submit of the
		// same page (a double click, a colleague's stale tab) then gets 409 instead of repeating the step
		entityManager.lock(c, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		cases.saveAndFlush(c);
		record(c, from, action, user.getUsername(), comment);
		return c;
	}

	/**
	 * The actions of {@code offered} (the programme's procedure) this user may take on the case now: the
	 * buttons shown. {@link #perform} checks every one again when it is taken.
	 */
	@Transactional(readOnly = true)
	public Set<CaseAction> availableActions(AssistanceCase c, CurrentUser user, Set<CaseAction> offered) {
		Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : offered) {
			boolean decisionByInvolved = action.fourEyes() && (user.getUsername().equals(c.getPreparedBy())
					|| (c.isStaffRelated() && user.getUsername().equals(c.getRelatedStaff())));
			if (action != CaseAction.APPLY && action.allowedFor(user.role()) && action.allowedFrom(c.getState())
					&& !decisionByInvolved) {
				actions.add(action);
			}
		}
		if (!c.noticeOver(LocalDate.now(clock))) {
			actions.remove(CaseAction.CONFIRM);
		}
		if (!c.isNeedsReview()) {
			actions.remove(CaseAction.CLEAR_REVIEW);
		}
		actions.removeIf(action -> !permits(c, action));
		return actions;
	}

	/** Whether the procedure rules ({@link CaseGuard}) let the action start from the case's state now: a button shown. */
	public boolean permits(AssistanceCase c, CaseAction action) {
		try {
			guards.forEach(guard -> guard.check(c, c.getState(), action));
			return true;
		}
		catch (cn.street.civil.shared.web.BusinessRuleException ex) {
			return false;
		}
	}

	/** A registry change asks for a review of an open case (no user: the system records it). */
	public void flagForReview(long caseId, String reason, LocalDate on) {
		cases.findById(caseId).ifPresent(c -> {
			if (c.flagForReview(reason, on)) {
				cases.saveAndFlush(c);
				record(c, c.getState(), CaseAction.FLAG_REVIEW, "system", reason);
			}
		});
	}

	private void record(AssistanceCase c, CaseState from, CaseAction action, String actor, String comment) {
		timeline.save(new CaseTransition(c.getId(), from, c.getState(), action, actor, clock.instant(), comment));
		String summary = messages.getMessage("assistance.audit.summary",
				new Object[] { label("assistance.programme." + c.getProgramme()), c.getHouseholdNo(), c.getApplicantName(),
						label(action.labelKey()) },
				Locale.SIMPLIFIED_CHINESE);
		String details = (from == null ? "" : label("assistance.state." + from) + " → ") + label("assistance.state." + c.getState())
				+ (comment == null || comment.isBlank() ? "" : "\n" + comment);
		publisher.publishEvent(AuditRecord.of("assistance", action.name(), "AssistanceCase", c.getId(), c.getCommunityId(),
				summary).withDetails(details));
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
