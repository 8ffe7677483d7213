package cn.street.civil.assistance.tekun;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.ProgrammeSections;
import cn.street.civil.household.spi.PageSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 特困 block on the person page (the cases covering the person) and the household page (the household's
 * cases, and the link to apply while none is open): state, amount, link.
 */
@Component
class TekunSections extends ProgrammeSections {

	static final int ORDER = 210;

	TekunSections(AssistanceCaseRepository cases, MessageSource messages) {
		super(cases, messages, Programme.TEKUN, ORDER, "tekun.section.title", "tekun.title", "/tekun/cases",
				"tekun.apply.from-household");
	}

	@Override
	protected String value(AssistanceCase c) {
		return c.getMembers().get(0).getName()
				+ (c.getMonthlyAmount() == null ? "" : " · " + msg("tekun.monthly-amount") + " " + c.getMonthlyAmount().toPlainString());
	}

	@Override
	protected PageSection.Badge badge(AssistanceCase c) {
		return new PageSection.Badge(msg("assistance.state." + c.getState()), tone(c.getState()));
	}

}
