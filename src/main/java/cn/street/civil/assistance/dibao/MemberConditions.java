package cn.street.civil.assistance.dibao;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.CoveredMember;
import cn.street.civil.shared.web.BusinessRuleException;
import cn.street.civil.shared.web.FieldRuleException;

/** The rules on the investigators' 重度残疾 / 重病 findings. */
final class MemberConditions {

	private MemberConditions() {
	}

	/**
	 * The form's findings for the case's covered members: each with a note saying on what it rests, one line per
	 * member; lines without a finding are dropped.
	 */
	static List<MemberCondition> of(InvestigationForm form, AssistanceCase c) {
		List<MemberCondition> found = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (InvestigationForm.ConditionLine line : form.getConditions()) {
			if (line == null || !line.finding()) {
				continue;
			}
			if (line.getPersonId() == null || !c.covers(line.getPersonId()) || !seen.add(line.getPersonId())) {
				throw new FieldRuleException("conditions", "dibao.rules.condition.line");
			}
			if (line.getNote() == null || line.getNote().isBlank()) {
				throw new FieldRuleException("conditions", "dibao.rules.condition.note-required",
						name(c, line.getPersonId()));
			}
			found.add(new MemberCondition(line.getPersonId(), line.isSevereDisability(), line.isSeriousIllness(),
					line.getNote().strip()));
		}
		return found;
	}

	/**
	 * 单人保 is for a 成年无业重度残疾人 (or, 参照单人户, a 重病 member): the investigation must have recorded that
	 * finding for the one covered person before the case is confirmed.
	 */
	static void requireSinglePersonFinding(AssistanceCase c, Investigation investigation) {
		if (!c.isSinglePerson()) {
			return;
		}
		long person = c.coveredPersonIds().get(0);
		if (investigation.conditionOf(person).isEmpty()) {
			throw new BusinessRuleException("dibao.rules.single-person.finding", name(c, person));
		}
	}

	private static String name(AssistanceCase c, long personId) {
		return c.getMembers()
			.stream()
			.filter(m -> m.getPersonId() == personId)
			.map(CoveredMember::getName)
			.findFirst()
			.orElse("");
	}

}
