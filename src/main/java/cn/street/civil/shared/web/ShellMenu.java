package cn.street.civil.shared.web;

import java.util.EnumSet;
import java.util.List;

import cn.street.civil.shared.security.Role;

import org.springframework.stereotype.Component;

/** The menu's first entry, 首页, for everybody signed in. */
@Component
class ShellMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("home", "nav.home", null, "/", 0, EnumSet.allOf(Role.class)));
	}

}
