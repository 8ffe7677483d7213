package cn.street.civil.care.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.street.civil.household.spi.HouseholdPageSection;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 光荣牌 on the household page of a qualifying household, for the roles allowed to read 优抚: hung when, or not yet. */
@Component
class PlaqueSection implements HouseholdPageSection {

	private final PlaqueQueries queries;

	private final CareAccess access;

	private final MessageSource messages;

	PlaqueSection(PlaqueQueries queries, CareAccess access, MessageSource messages) {
		this.queries = queries;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public Optional<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		if (!access.reads(viewer.role())) {
			return Optional.empty();
		}
		return queries.household(householdId, viewer).map(h -> PageSection.of(450, "care.plaque.section.title",
				List.of(new PageSection.Row(msg("care.plaque.basis." + h.basis()), h.persons(),
						h.hung() ? new PageSection.Badge(msg("care.plaque.hung-since", h.hungOn()), PageSection.Tone.SUCCESS)
								: new PageSection.Badge(msg("care.plaque.not-hung"), PageSection.Tone.WARNING),
						new PageSection.Link(msg("care.section.open"), PlaqueController.HOUSEHOLD + householdId)))));
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
