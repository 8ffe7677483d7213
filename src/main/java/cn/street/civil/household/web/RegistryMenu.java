package cn.street.civil.household.web;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 户籍台账 and 人员查询 in the menu and on the home page. */
@Component
class RegistryMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(
				new MenuEntry("households", "nav.households", "home.entry.households", "/households", 100,
						Roles.CASE_READERS),
				new MenuEntry("persons", "nav.persons", "home.entry.persons", "/persons", 110, Roles.CASE_READERS));
	}

}
