package cn.street.civil.elderly.allowance;

import java.time.YearMonth;

import cn.street.civil.elderly.roster.PersonPagePart;
import cn.street.civil.elderly.roster.RosterRow;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The 高龄补贴 part of the elderly person page: the enrolments with next month's tier and amount. */
@Component
class AllowancePersonPart implements PersonPagePart {

	private final AllowanceQueries queries;

	private final AllowanceService service;

	AllowancePersonPart(AllowanceQueries queries, AllowanceService service) {
		this.queries = queries;
		this.service = service;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "elderly/parts";
	}

	@Override
	public String selector() {
		return "allowance";
	}

	@Override
	public void addTo(Model model, RosterRow person, CurrentUser user) {
		YearMonth next = service.nextMonth();
		model.addAttribute("allowanceMonth", next);
		model.addAttribute("allowanceRows", queries.ofPerson(person.personId(), next, user.scope()));
		model.addAttribute("allowanceEligibleFrom",
				AllowanceRules.eligibleFrom(person.birthDate(), service.rule(next)));
	}

}
