package cn.street.civil.assistance.dibao;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.assistance.casework.ProgrammeSections;
import cn.street.civil.household.spi.PageSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The 低保边缘家庭 block on the person and household pages (for relief, education and medical aid later). */
@Component
class EdgeSections extends ProgrammeSections {

	static final int ORDER = 210;

	EdgeSections(AssistanceCaseRepository cases, MessageSource messages) {
		super(cases, messages, Programme.EDGE, ORDER, "edge.section.title", "edge.title", "/edge/cases", null);
	}

	@Override
	protected String value(AssistanceCase c) {
		return msg("assistance.household-no") + " " + c.getHouseholdNo()
				+ (c.getState() == CaseState.CONFIRMED ? " · " + msg("edge.since") + " " + c.getFirstPaidMonth() + " · "
						+ msg("edge.no-cash") : "");
	}

	@Override
	protected PageSection.Badge badge(AssistanceCase c) {
		return new PageSection.Badge(msg("edge.state." + c.getState()), tone(c.getState()));
	}

}
