package cn.street.civil.elderly.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.street.civil.household.spi.PageSection;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/** The 养老服务 block on the registry's person page: age band, 独居/空巢, ability, programmes; for 60+ only. */
@Component
class ElderlySections implements cn.street.civil.household.spi.PersonPageSection {

	static final int ORDER = 500;

	private final RosterQueries roster;

	private final ElderlyText text;

	ElderlySections(RosterQueries roster, ElderlyText text) {
		this.roster = roster;
		this.text = text;
	}

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		if (!viewer.role().handlesCases()) {
			return Optional.empty();
		}
		return roster.person(personId, roster.today(), viewer.scope()).map(p -> {
			List<PageSection.Row> rows = new ArrayList<>();
			PageSection.Link link = new PageSection.Link(text.msg("elderly.section.open"), "/elderly/persons/" + personId);
			List<String> flags = new ArrayList<>();
			if (p.livesAlone()) {
				flags.add(text.msg("elderly.lives-alone"));
			}
			if (p.emptyNest()) {
				flags.add(text.msg("elderly.empty-nest"));
			}
			rows.add(new PageSection.Row(text.msg("elderly.age"),
					text.msg("elderly.section.age", p.age(), text.msg("elderly.band." + p.band()))
							+ (flags.isEmpty() ? "" : " · " + String.join("、", flags)),
					null, link));
			rows.add(new PageSection.Row(text.msg("elderly.level"),
					p.level() == null ? text.msg("elderly.level.none")
							: text.msg("elderly.level." + p.level()) + " (" + p.assessedOn() + ")",
					null, null));
			if (p.allowance()) {
				rows.add(new PageSection.Row(text.msg("elderly.programme.ALLOWANCE"), null,
						new PageSection.Badge(text.msg("elderly.allowance.in-payment"), PageSection.Tone.SUCCESS), null));
			}
			return new PageSection(ORDER, "elderly.section.title", rows,
					new PageSection.Link(text.msg("elderly.roster.title"), "/elderly"));
		});
	}

}
