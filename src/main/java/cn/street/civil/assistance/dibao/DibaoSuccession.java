package cn.street.civil.assistance.dibao;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.CaseWorkflow;
import cn.street.civil.assistance.casework.CoveredMember;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.household.HouseholdDirectory;
import cn.street.civil.household.HouseholdMember;
import cn.street.civil.household.HouseholdSnapshot;
import cn.street.civil.household.PersonDeceased;
import cn.street.civil.shared.security.DataScope;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 停旧建新 (DOMAIN §1.3): when the registry records the death of the applicant (the head) of a 低保 case in
 * payment, the case ends (reason death, paid up to the month of death) and a new case is opened for the
 * covered members still in the household, the household's new head (or the eldest remaining member if the
 * head is not covered) as applicant, linked to its predecessor, with its materials, flagged for review. The new
 * case then goes through investigation and confirmation: no amount is decided without the chief.
 */
@Component
class DibaoSuccession {

	private final AssistanceCaseRepository cases;

	private final CaseWorkflow workflow;

	private final HouseholdDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	DibaoSuccession(AssistanceCaseRepository cases, CaseWorkflow workflow, HouseholdDirectory directory,
			MessageSource messages, Clock clock) {
		this.cases = cases;
		this.workflow = workflow;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	void onDeath(PersonDeceased event) {
		for (AssistanceCase c : cases.findOpenCovering(List.of(event.personId()), CaseState.CLOSED)) {
			if (c.getProgramme() != Programme.DIBAO || c.getApplicantPersonId() != event.personId()
					|| c.getState() != CaseState.CONFIRMED) {
				continue;
			}
			Optional<HouseholdSnapshot> household = directory.household(c.getHouseholdId(), LocalDate.now(clock),
					DataScope.ALL);
			Set<Long> stillThere = household.map(h -> h.members().stream().map(HouseholdMember::personId)
				.collect(Collectors.toSet())).orElse(Set.of());
			List<CoveredMember> remaining = c.getMembers()
				.stream()
				.filter(m -> m.getPersonId() != event.personId() && stillThere.contains(m.getPersonId()))
				.toList();
			Long headId = household.flatMap(HouseholdSnapshot::head).map(HouseholdMember::personId).orElse(null);
			CoveredMember applicant = remaining.stream()
				.filter(m -> headId != null && m.getPersonId() == headId)
				.findFirst()
				.orElseGet(() -> remaining.stream()
					.filter(m -> m.getBirthDate() != null)
					.min(java.util.Comparator.comparing(CoveredMember::getBirthDate))
					.orElse(remaining.isEmpty() ? null : remaining.get(0)));
			String end = text("dibao.succession.end", c.getApplicantName(), event.date());
			String next = text("dibao.succession.opened", c.getId(), c.getApplicantName(), event.date());
			workflow.succeed(c.getId(), event.date(), end, applicant == null ? 0 : applicant.getPersonId(),
					applicant == null ? null : applicant.getName(), remaining, next);
		}
	}

	private String text(String key, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
		return messages.getMessage(key, plain, key, Locale.SIMPLIFIED_CHINESE);
	}

}
