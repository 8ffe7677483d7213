package cn.street.civil.assistance.dibao;

import java.time.LocalDate;
import java.util.Locale;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.household.HouseholdDissolved;
import cn.street.civil.household.MemberJoined;
import cn.street.civil.household.MemberLeft;
import cn.street.civil.household.PersonDeceased;
import cn.street.civil.household.PersonMovedOut;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Registry changes that touch an open case raise a review: a covered member's death, moving out or leaving
 * the household (move, split, merge), a new member (a merge brings people in) and the household's
 * dissolution. The case gets the "needs review" flag with the reason and date, and a timeline line.
 * Asynchronous, after the registry's commit, in its own transaction (nothing is lost if it fails).
 */
@Component
class RegistryChangesListener {

	private final AssistanceCaseRepository cases;

	private final CaseWorkflow workflow;

	private final MessageSource messages;

	private final DibaoSuccession succession;

	RegistryChangesListener(AssistanceCaseRepository cases, CaseWorkflow workflow, MessageSource messages,
			DibaoSuccession succession) {
		this.succession = succession;
		this.cases = cases;
		this.workflow = workflow;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(PersonDeceased event) {
		// 停旧建新 first: a case whose applicant died ends and its successor is flagged; the rest are flagged here
		succession.onDeath(event);
		flagCovering(event.personId(), event.date(), "assistance.review.reason.death");
	}

	@ApplicationModuleListener
	void on(PersonMovedOut event) {
		flagCovering(event.personId(), event.date(), "assistance.review.reason.moved-out");
	}

	@ApplicationModuleListener
	void on(MemberLeft event) {
		for (AssistanceCase c : cases.findOpenCovering(java.util.List.of(event.personId()), CaseState.CLOSED)) {
			String name = c.getMembers()
				.stream()
				.filter(m -> m.getPersonId() == event.personId())
				.findFirst()
				.map(m -> m.getName())
				.orElse("");
			workflow.flagForReview(c.getId(), text("assistance.review.reason.left", name, event.date(),
					new DefaultMessageSourceResolvable("assistance.review.cause." + event.cause())), event.date());
		}
	}

	@ApplicationModuleListener
	void on(MemberJoined event) {
		for (AssistanceCase c : cases.findOpenOfHousehold(event.householdId(), CaseState.CLOSED)) {
			if (c.covers(event.personId())) {
				// already counted: the member was there when the case was opened (the event may arrive late)
				continue;
			}
			workflow.flagForReview(c.getId(), text("assistance.review.reason.joined", event.date(), new DefaultMessageSourceResolvable("assistance.review.cause." + event.cause())),
					event.date());
		}
	}

	@ApplicationModuleListener
	void on(HouseholdDissolved event) {
		for (AssistanceCase c : cases.findOpenOfHousehold(event.householdId(), CaseState.CLOSED)) {
			workflow.flagForReview(c.getId(), text("assistance.review.reason.dissolved", event.date()), event.date());
		}
	}

	private void flagCovering(long personId, LocalDate date, String key) {
		for (AssistanceCase c : cases.findOpenCovering(java.util.List.of(personId), CaseState.CLOSED)) {
			String name = c.getMembers()
				.stream()
				.filter(m -> m.getPersonId() == personId)
				.findFirst()
				.map(m -> m.getName())
				.orElse("");
			workflow.flagForReview(c.getId(), text(key, name, date), date);
		}
	}

	private String text(String key, Object... args) {
		Object[] resolved = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			resolved[i] = args[i] instanceof DefaultMessageSourceResolvable r
					? messages.getMessage(r, Locale.SIMPLIFIED_CHINESE) : String.valueOf(args[i]);
		}
		return messages.getMessage(key, resolved, key, Locale.SIMPLIFIED_CHINESE);
	}

}
