package cn.street.civil.household;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.street.civil.household.spi.HouseholdPageSection;
import cn.street.civil.household.spi.PageSection;
import cn.street.civil.household.spi.PageSection.Badge;
import cn.street.civil.household.spi.PageSection.Link;
import cn.street.civil.household.spi.PageSection.Row;
import cn.street.civil.household.spi.PageSection.Tone;
import cn.street.civil.household.spi.PersonPageSection;
import cn.street.civil.shared.security.CurrentUser;

import org.springframework.stereotype.Component;

/** A programme's page sections as a test sees them: shown only for the persons and households a test names. */
@Component
class StandInSections implements PersonPageSection, HouseholdPageSection {

	final Set<Long> persons = ConcurrentHashMap.newKeySet();

	final Set<Long> households = ConcurrentHashMap.newKeySet();

	final List<String> viewers = new CopyOnWriteArrayList<>();

	@Override
	public Optional<PageSection> forPerson(long personId, CurrentUser viewer) {
		if (!persons.contains(personId)) {
			return Optional.empty();
		}
		viewers.add(viewer.getUsername());
		return Optional.of(new PageSection(20, "audit.module.household",
				List.of(new Row("测试救助", "保障 2 人，每月 660.00 元", new Badge("保障中", Tone.SUCCESS),
						new Link("查看案件", "/households"))),
				new Link("全部记录", "/persons")));
	}

	@Override
	public Optional<PageSection> forHousehold(long householdId, CurrentUser viewer) {
		if (!households.contains(householdId)) {
			return Optional.empty();
		}
		viewers.add(viewer.getUsername());
		return Optional.of(PageSection.of(10, "audit.module.household",
				List.of(new Row("测试户级", "低保边缘家庭", new Badge("待复核", Tone.WARNING), null))));
	}

}
