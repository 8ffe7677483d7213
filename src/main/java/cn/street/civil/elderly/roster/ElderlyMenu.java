package cn.street.civil.elderly.roster;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 养老服务 in the menu (after the assistance programmes); the roster, the age allowance and home care are its tabs. */
@Component
class ElderlyMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("elderly", "nav.elderly", "home.entry.elderly", "/elderly", 500, Roles.CASE_READERS));
	}

}
