package cn.street.civil.elderly.homecare;

import java.time.YearMonth;

import cn.street.civil.elderly.roster.PersonPagePart;
import cn.street.civil.elderly.roster.RosterRow;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The 居家养老 part of the elderly person page: this month's entitlement, provider and quota used. */
@Component
class HomeCarePersonPart implements PersonPagePart {

	private final HomeCareService service;

	HomeCarePersonPart(HomeCareService service) {
		this.service = service;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "elderly/parts";
	}

	@Override
	public String selector() {
		return "homeCare";
	}

	@Override
	public void addTo(Model model, RosterRow person, CurrentUser user) {
		YearMonth month = YearMonth.from(service.today());
		Entitlement e = service.entitlementIn(person.personId(), month).orElse(null);
		model.addAttribute("homeCareEntitlement", e);
		model.addAttribute("homeCareProvider", e == null ? null : service.provider(e.getProviderId()).getName());
		model.addAttribute("homeCareQuota", service.quotaHours(person.personId(), month).orElse(null));
		model.addAttribute("homeCareUsedHours", HomeCareService.hours(service.minutesUsed(person.personId(), month)));
	}

}
