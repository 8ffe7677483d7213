package cn.street.civil.standard.internal;

import java.util.List;
import java.util.Set;

import cn.street.civil.shared.security.Role;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 工作日历 in the menu: for the admin (who keeps it) and everyone who works with cases. */
@Component
class CalendarMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("calendar", "procedure.calendar.nav", null, "/standards/calendar", 155,
				Set.of(Role.ADMIN, Role.CHIEF, Role.STREET_CASEWORKER, Role.COMMUNITY_CASEWORKER)));
	}

}
