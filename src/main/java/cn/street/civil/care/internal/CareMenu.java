package cn.street.civil.care.internal;

import java.util.List;

import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 优抚 in the menu, for the roles the configuration lets read it. */
@Component
class CareMenu implements MenuContribution {

	private final CareAccess access;

	CareMenu(CareAccess access) {
		this.access = access;
	}

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("care", "nav.care", "home.entry.care", "/care/recipients", 450, access.readers()));
	}

}
