package cn.street.civil.assistance.tekun;

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

/**
 * The 特困 block on the person page (the cases covering the person) and the household page (the household's
 * cases, and the link to apply while none is open): state, amount, link.
 */
@Component
@Transactional(readOnly = true)
class TekunSections implements PersonPageSection, HouseholdPageSection {

	static final int ORDER = 210;

	private final AssistanceCaseRepository cases;

	private final MessageSource messages;

	TekunSections(AssistanceCaseRepository cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		List<PageSection.Row> rows = rows(cases.findCovering(personId), viewer);
		return rows.isEmpty() ? Optional.empty() : Optional.of(section(rows, null));
	}

	@Override
	public Optional<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role())) {
			return Optional.empty();
		}
		List<AssistanceCase> found = cases.findByHousehold(householdId);
		boolean canApply = Roles.CASE_WRITERS.contains(viewer.role())
				&& found.stream().noneMatch(c -> c.getProgramme() == Programme.TEKUN && c.getState().open());
		return Optional.of(section(rows(found, viewer),
				canApply ? new PageSection.Link(msg("tekun.apply.from-household"), "/tekun/cases/new?householdId=" + householdId)
						: null));
	}

	private PageSection section(List<PageSection.Row> rows, PageSection.Link apply) {
		return new PageSection(ORDER, "tekun.section.title", rows,
				apply != null ? apply : new PageSection.Link(msg("tekun.title"), "/tekun/cases"));
	}

	private List<PageSection.Row> rows(List<AssistanceCase> found, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role())) {
			return List.of();
		}
		return found.stream()
			.filter(c -> c.getProgramme() == Programme.TEKUN && viewer.scope().includes(c.getCommunityId()))
			.map(this::row)
			.toList();
	}

	private PageSection.Row row(AssistanceCase c) {
		String value = c.getMembers().get(0).getName()
				+ (c.getMonthlyAmount() == null ? "" : " · " + msg("tekun.monthly-amount") + " " + c.getMonthlyAmount().toPlainString());
		PageSection.Tone tone = c.getState() == CaseState.CONFIRMED ? PageSection.Tone.SUCCESS
				: c.getState().open() ? PageSection.Tone.INFO : PageSection.Tone.SECONDARY;
		return new PageSection.Row(msg("assistance.programme.TEKUN"), value,
				new PageSection.Badge(msg("assistance.state." + c.getState()), tone),
				new PageSection.Link(msg("assistance.section.open"), "/tekun/cases/" + c.getId()));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
