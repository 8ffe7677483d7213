package cn.street.civil.standard.internal;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 政策标准 in the menu and on the home page, for everyone who works with cases (changing it is another matter). */
@Component
class StandardMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("standards", "nav.standards", "home.entry.standards", "/standards", 150,
				Roles.CASE_READERS));
	}

}
