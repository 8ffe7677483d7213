package cn.street.civil.assistance.dibao;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.street.civil.assistance.casework.AssistanceCase;
import cn.street.civil.assistance.casework.AssistanceCaseRepository;
import cn.street.civil.assistance.casework.Programme;
import cn.street.civil.household.spi.HouseholdPageSection;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;
import cn.street.civil.shared.security.Roles;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The 低保 block on the person and household pages: each case's status badge, amount and link. */
@Component
@Transactional(readOnly = true)
class DibaoSections implements PersonPageSection, HouseholdPageSection {

	static final int ORDER = 200;

	private final AssistanceCaseRepository cases;

	private final MessageSource messages;

	DibaoSections(AssistanceCaseRepository cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		return section(cases.findCovering(personId), viewer).filter(s -> !s.rows().isEmpty());
	}

	@Override
	public Optional<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		List<AssistanceCase> found = cases.findByHousehold(householdId);
		boolean canApply = Roles.CASE_WRITERS.contains(viewer.role())
				&& found.stream().noneMatch(c -> c.getProgramme() == Programme.DIBAO && c.getState().open());
		return section(found, viewer).map(s -> canApply ? new PageSection(s.order(), s.titleKey(), s.rows(),
				new PageSection.Link(msg("assistance.apply.from-household"), "/dibao/cases/new?householdId=" + householdId))
				: s);
	}

	private Optional<PageSection> section(List<AssistanceCase> found, CurrentUser viewer) {
		if (!Roles.CASE_READERS.contains(viewer.role())) {
			return Optional.empty();
		}
		List<PageSection.Row> rows = found.stream()
			.filter(c -> c.getProgramme() == Programme.DIBAO && viewer.scope().includes(c.getCommunityId()))
			.map(this::row)
			.toList();
		return Optional.of(new PageSection(ORDER, "assistance.section.title", rows,
				new PageSection.Link(msg("assistance.dibao.title"), "/dibao/cases")));
	}

	private PageSection.Row row(AssistanceCase c) {
		String value = msg("assistance.household-no") + " " + c.getHouseholdNo() + " · " + msg("assistance.covered-count")
				+ " " + c.getMembers().size()
				+ (c.getMonthlyAmount() == null ? "" : " · " + msg("assistance.monthly-amount") + " " + c.getMonthlyAmount().toPlainString());
		PageSection.Tone tone = c.isNeedsReview() ? PageSection.Tone.WARNING : switch (c.getState()) {
			case CONFIRMED -> PageSection.Tone.SUCCESS;
			case REJECTED, TERMINATED -> PageSection.Tone.SECONDARY;
			default -> PageSection.Tone.INFO;
		};
		String badge = msg("assistance.state." + c.getState()) + (c.isNeedsReview() ? " · " + msg("assistance.review.flag") : "");
		return new PageSection.Row(msg("assistance.programme.DIBAO"), value, new PageSection.Badge(badge, tone),
				new PageSection.Link(msg("assistance.section.open"), "/dibao/cases/" + c.getId()));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
