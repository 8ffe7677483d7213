package cn.street.civil.elderly.roster;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 养老服务 in the menu: the roster, the age allowance and home care (after the assistance programmes). */
@Component
class ElderlyMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("elderly", "nav.elderly", "home.entry.elderly", "/elderly", 500, Roles.CASE_READERS),
				new MenuEntry("age-allowance", "nav.age-allowance", "home.entry.age-allowance", "/elderly/allowance", 510,
						Roles.CASE_READERS),
				new MenuEntry("home-care", "nav.home-care", "home.entry.home-care", "/elderly/home-care/orders", 520,
						Roles.CASE_READERS));
	}

}
