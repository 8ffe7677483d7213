package cn.street.civil.assistance.dibao;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.CaseState;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.household.spi.HouseholdPageSection;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The 低保边缘家庭 block on the person and household pages (for relief, education and medical aid later). */
@Component
@Transactional(readOnly = true)
class EdgeSections implements PersonPageSection, HouseholdPageSection {

	static final int ORDER = 210;

	private final AssistanceCaseRepository cases;

	private final MessageSource messages;

	EdgeSections(AssistanceCaseRepository cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		return section(cases.findCovering(personId), viewer);
	}

	@Override
	public Optional<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		return section(cases.findByHousehold(householdId), viewer);
	}

	private Optional<PageSection> section(List<AssistanceCase> found, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role())) {
			return Optional.empty();
		}
		List<PageSection.Row> rows = found.stream()
			.filter(c -> c.getProgramme() == Programme.EDGE && viewer.scope().includes(c.getCommunityId()))
			.map(this::row)
			.toList();
		return rows.isEmpty() ? Optional.empty()
				: Optional.of(new PageSection(ORDER, "edge.section.title", rows,
						new PageSection.Link(msg("edge.title"), "/edge/cases")));
	}

	private PageSection.Row row(AssistanceCase c) {
		String value = msg("assistance.household-no") + " " + c.getHouseholdNo()
				+ (c.getState() == CaseState.CONFIRMED ? " · " + msg("edge.since") + " " + c.getFirstPaidMonth() + " · "
						+ msg("edge.no-cash") : "");
		PageSection.Tone tone = switch (c.getState()) {
			case CONFIRMED -> PageSection.Tone.SUCCESS;
			case REJECTED, TERMINATED -> PageSection.Tone.SECONDARY;
			default -> PageSection.Tone.INFO;
		};
		return new PageSection.Row(msg("assistance.programme.EDGE"), value,
				new PageSection.Badge(msg("edge.state." + c.getState()), tone),
				new PageSection.Link(msg("assistance.section.open"), "/edge/cases/" + c.getId()));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
