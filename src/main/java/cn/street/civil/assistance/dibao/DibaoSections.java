package cn.street.civil.assistance.dibao;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.ProgrammeSections;
import cn.street.civil.household.spi.PageSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The 低保 block on the person and household pages: each case's status badge, amount and link. */
@Component
class DibaoSections extends ProgrammeSections {

	static final int ORDER = 200;

	DibaoSections(AssistanceCaseRepository cases, MessageSource messages) {
		super(cases, messages, Programme.DIBAO, ORDER, "assistance.section.title", "assistance.dibao.title",
				"/dibao/cases", "assistance.apply.from-household");
	}

	@Override
	protected String value(AssistanceCase c) {
		return msg("assistance.household-no") + " " + c.getHouseholdNo() + " · " + msg("assistance.covered-count")
				+ " " + c.getMembers().size()
				+ (c.getMonthlyAmount() == null ? "" : " · " + msg("assistance.monthly-amount") + " " + c.getMonthlyAmount().toPlainString());
	}

	@Override
	protected PageSection.Badge badge(AssistanceCase c) {
		String badge = msg("assistance.state." + c.getState()) + (c.isNeedsReview() ? " · " + msg("assistance.review.flag") : "");
		return new PageSection.Badge(badge, c.isNeedsReview() ? PageSection.Tone.WARNING : tone(c.getState()));
	}

}
