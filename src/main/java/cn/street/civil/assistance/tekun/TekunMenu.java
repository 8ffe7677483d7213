package cn.street.civil.assistance.tekun;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 特困供养 in the menu and under 常用功能, after 低保. */
@Component
class TekunMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("tekun", "nav.tekun", "home.entry.tekun", "/tekun/cases", 210, Roles.CASE_READERS));
	}

}
