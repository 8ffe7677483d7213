package cn.street.civil.assistance.casework;

import java.util.Collection;
import java.util.List;

import cn.street.civil.shared.web.BusinessRuleException;

import org.springframework.stereotype.Component;

/**
 * Who may be covered by a new case, in one place, for every programme: one open case per household and
 * programme (also a unique index), and a person covered by an open case of one programme (特困) cannot be
 * covered by another (低保), nor by a second open case of the same programme in another household.
 */
@Component
public class CoverageRule {

	private final AssistanceCaseRepository cases;

	CoverageRule(AssistanceCaseRepository cases) {
		this.cases = cases;
	}

	public void check(Programme programme, long householdId, Collection<Long> personIds) {
		List<AssistanceCase> open = cases.findOpenOfHousehold(householdId, CaseState.CLOSED);
		if (open.stream().anyMatch(c -> c.getProgramme() == programme)) {
			throw new BusinessRuleException("assistance.rule.open-case-exists",
					label("assistance.programme." + programme));
		}
		// 低保 and 低保边缘 exclude each other for the whole household (边缘 = "not in 低保"), even when 单人保
		// covers one member only
		Programme exclusive = programme == Programme.DIBAO ? Programme.EDGE
				: programme == Programme.EDGE ? Programme.DIBAO : null;
		if (exclusive != null && open.stream().anyMatch(c -> c.getProgramme() == exclusive)) {
			throw new BusinessRuleException("edge.rule.exclusive", label("assistance.programme." + programme),
					label("assistance.programme." + exclusive));
		}
		List<AssistanceCase> covering = cases.findOpenCovering(personIds, CaseState.CLOSED);
		for (AssistanceCase other : covering) {
			String names = other.getMembers()
				.stream()
				.filter(m -> personIds.contains(m.getPersonId()))
				.map(CoveredMember::getName)
				.reduce((a, b) -> a + "、" + b)
				.orElse("");
			throw new BusinessRuleException("assistance.rule.person-covered", names,
					label("assistance.programme." + other.getProgramme()), other.getHouseholdNo());
		}
	}

	private static org.springframework.context.MessageSourceResolvable label(String key) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
	}

}
