package cn.street.civil.assistance.dibao;

import java.util.List;

import cn.street.civil.shared.security.Roles;
import cn.street.civil.shared.web.MenuContribution;
import cn.street.civil.shared.web.MenuEntry;

import org.springframework.stereotype.Component;

/** 低保 in the menu and under 常用功能. */
@Component
class DibaoMenu implements MenuContribution {

	@Override
	public List<MenuEntry> menuEntries() {
		return List.of(new MenuEntry("dibao", "nav.dibao", "home.entry.dibao", "/dibao/cases", 200, Roles.CASE_READERS));
	}

}
